package io.lrpg.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One command that trained into a results folder ({@code invocations/<start>-<host>-<pid>-<n>.json}): what it was asked to do, what
 * it did and where it ran. Each invocation writes its own file, so shards of one grid running at the same time on a
 * cluster never overwrite each other's log; a resumed command adds a file. The report sums their wall times.
 *
 * @param name          the file's name without extension: start time, host, process id and a sequence number
 * @param command       the command line
 * @param startedAt     ISO-8601 start
 * @param finishedAt    ISO-8601 end (also when interrupted)
 * @param outcome       {@code completed}, {@code interrupted} (a signal) or {@code failed}
 * @param wallSeconds   wall time of the invocation
 * @param runsTrained   runs it trained and wrote
 * @param runsSkipped   runs of its plan that were already in the folder
 * @param shard         the part of the plan it ran, {@code I/N}
 * @param planned       every cell of the whole plan (all shards) with its number of runs
 * @param workers       runs trained side by side
 * @param peakResidentMiB peak resident memory of the process when the file was written (null if unknown)
 * @param provenance    code, JVM, libraries, machine
 */
public record Invocation(String name, String command, String startedAt, String finishedAt, String outcome,
        double wallSeconds, int runsTrained, int runsSkipped, String shard, List<PlannedCell> planned, int workers,
        Long peakResidentMiB, Provenance provenance) {

    /** The folder of the invocation files inside a results folder. */
    public static final String FOLDER = "invocations";

    public Invocation {
        Objects.requireNonNull(name, "name");
        planned = List.copyOf(planned);
    }

    /**
     * A cell of a plan.
     *
     * @param environment environment id
     * @param model       model id
     * @param variant     variant id
     * @param firstSeed   the first seed; the cell's seeds are firstSeed, firstSeed + 1, …
     * @param runs        runs of the cell in the whole plan
     */
    public record PlannedCell(String environment, String model, String variant, long firstSeed, int runs) {
    }

    /** Writes this invocation into {@code folder/invocations/} atomically. */
    public void write(Path folder) {
        AtomicFiles.write(folder.resolve(FOLDER).resolve(name + ".json"),
                writer -> Json.mapper().writeValue(writer, this));
    }

    /**
     * Reads every invocation of a results folder, oldest first.
     *
     * @throws ResultsFormatException if a file cannot be read
     */
    public static List<Invocation> readAll(Path folder) {
        Path dir = folder.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Invocation> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    out.add(Json.mapper().readValue(file.toFile(), Invocation.class));
                } catch (IOException e) {
                    throw new ResultsFormatException(file + ": not an invocation record: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new ResultsFormatException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
