package io.lrpg.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a results folder keeps its files:
 * <pre>
 *   DIR/runs/&lt;environment&gt;/&lt;model&gt;/&lt;variant&gt;/seed-&lt;S&gt;.csv          per-episode results ({@link EpisodesCsv})
 *   DIR/runs/&lt;environment&gt;/&lt;model&gt;/&lt;variant&gt;/seed-&lt;S&gt;.model.json   trained parameters ({@link ModelParameters})
 *   DIR/runs/&lt;environment&gt;/&lt;model&gt;/&lt;variant&gt;/seed-&lt;S&gt;.json        the run record ({@link RunRecord}), written last
 *   DIR/invocations/&lt;start&gt;-&lt;host&gt;-&lt;pid&gt;.json                    one per command ({@link Invocation})
 * </pre>
 * Every file is written through a hidden temporary file ({@code .NAME*.partial}) and renamed, so a reader never sees
 * a part of a file, and a run counts as finished exactly when its record exists.
 *
 * @param folder the results folder
 */
public record StoreLayout(Path folder) {

    /** A run record: any seed a run may have, 0 to {@link Long#MAX_VALUE} (19 digits). */
    private static final Pattern RECORD = Pattern.compile("seed-(\\d{1,19})\\.json");
    /** A temporary file of run S: {@code .seed-S.} followed by the target's extension and a random part. */
    private static final Pattern PARTIAL = Pattern.compile("\\.seed-(\\d{1,19})\\..*\\.partial");

    /** The per-episode CSV of a run. */
    public Path csv(RunId id) {
        return folder.resolve(id.path() + ".csv");
    }

    /** The record of a run. */
    public Path record(RunId id) {
        return folder.resolve(id.path() + ".json");
    }

    /** The trained parameters of a run. */
    public Path parameters(RunId id) {
        return folder.resolve(id.path() + ".model.json");
    }

    /** The folder of the run files of one cell. */
    public Path cellFolder(RunId id) {
        return csv(id).getParent();
    }

    /**
     * The run records below {@code runs/}, sorted by path, each with the identity its path names. Temporary files
     * and anything that does not sit at {@code runs/<env>/<model>/<variant>/seed-<S>.json} are ignored.
     *
     * @throws ResultsFormatException if the folder cannot be listed
     */
    public List<Located> records() {
        Path runs = folder.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        List<Located> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(runs)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = runs.relativize(file);
                if (relative.getNameCount() != 4) {
                    continue;
                }
                Matcher m = RECORD.matcher(relative.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long seed = seed(m.group(1));
                if (seed < 0) {
                    continue; // beyond a long: no run's record
                }
                RunId id;
                try {
                    id = new RunId(relative.getName(0).toString(), relative.getName(1).toString(),
                            relative.getName(2).toString(), seed);
                } catch (IllegalArgumentException e) {
                    throw new ResultsFormatException(file + ": the path does not name a run: " + e.getMessage(), e);
                }
                found.add(new Located(id, file));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ResultsFormatException("cannot list " + runs + ": " + e.getMessage(), e);
        }
        return found;
    }

    /**
     * A run record found on disk.
     *
     * @param id   the identity its path names
     * @param file the record's path
     */
    public record Located(RunId id, Path file) {
    }

    /**
     * Deletes the temporary files a killed writer may have left for one run (they are never results).
     *
     * @return how many were removed
     */
    public int removePartialFiles(RunId id) {
        return removePartialFiles(List.of(id));
    }

    /**
     * Deletes the temporary files a killed writer may have left for these runs, listing each cell's folder once (a
     * listing per run would make a command's cleaning grow with the square of its runs).
     *
     * @return how many were removed
     */
    public int removePartialFiles(Collection<RunId> ids) {
        Map<Path, Set<Long>> seedsByCell = new LinkedHashMap<>();
        for (RunId id : ids) {
            seedsByCell.computeIfAbsent(cellFolder(id), cell -> new HashSet<>()).add(id.seed());
        }
        int removed = 0;
        for (Map.Entry<Path, Set<Long>> cell : seedsByCell.entrySet()) {
            if (!Files.isDirectory(cell.getKey())) {
                continue;
            }
            try (Stream<Path> files = Files.list(cell.getKey())) {
                for (Path file : files.toList()) {
                    Matcher m = PARTIAL.matcher(file.getFileName().toString());
                    if (m.matches() && cell.getValue().contains(seed(m.group(1)))) {
                        Files.deleteIfExists(file);
                        removed++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clean " + cell.getKey() + ": " + e.getMessage(), e);
            }
        }
        return removed;
    }

    private static long seed(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return -1; // beyond a long: no run's seed
        }
    }
}
