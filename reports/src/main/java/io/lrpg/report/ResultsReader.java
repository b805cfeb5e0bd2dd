package io.lrpg.report;

import io.lrpg.results.EpisodesCsv;
import io.lrpg.results.Invocation;
import io.lrpg.results.ResultsFormatException;
import io.lrpg.results.RunEpisodes;
import io.lrpg.results.RunId;
import io.lrpg.results.RunRecord;
import io.lrpg.results.SettingsHash;
import io.lrpg.results.StoreLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads results folders written by the runner ({@link StoreLayout}: {@code runs/<env>/<model>/<variant>/seed-<S>.csv}
 * with its {@code .json} record, and {@code invocations/*.json}), validates them and groups the runs per
 * (environment, model, variant).
 *
 * <p>Checks, each a {@link ResultsFormatException} naming the file(s):
 * <ul>
 *   <li>a record names the run its path names, and its CSV holds exactly that run with the record's episode count;</li>
 *   <li>folders are merged by run identity: a run found in several folders must hold the same per-episode data and
 *       settings in each (identical copies are merged, the first file is kept as the source);</li>
 *   <li>every run of one variant has the same settings; a hash-named variant ({@link SettingsHash#PREFIX}) is the
 *       hash of its settings; the {@value PaperReference#PAPER_VARIANT} variant has no difference from the
 *       paper's settings.</li>
 * </ul>
 * Files below an excluded folder (the report's own output) are not read.
 */
public final class ResultsReader {

    private ResultsReader() {
    }

    /** Reads and validates the given folders. */
    public static ResultSet read(List<Path> folders) {
        return read(folders, List.of());
    }

    /**
     * Reads and validates the given folders, skipping everything under {@code excluded}.
     *
     * @throws ResultsFormatException for a missing folder, no runs at all, or any failed check
     */
    public static ResultSet read(List<Path> folders, List<Path> excluded) {
        if (folders.isEmpty()) {
            throw new ResultsFormatException("no result folder given");
        }
        List<Path> skip = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Map<RunId, RunCurve> runs = new LinkedHashMap<>();
        List<Invocation> invocations = new ArrayList<>();
        int files = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new ResultsFormatException("not a readable folder: " + folder);
            }
            StoreLayout layout = new StoreLayout(folder);
            List<StoreLayout.Located> located = layout.records().stream()
                    .filter(l -> skip.stream().noneMatch(x -> l.file().toAbsolutePath().normalize().startsWith(x)))
                    .toList();
            // parsing is independent per run; merging below stays in path order, so the result does not depend on it
            List<RunCurve> read = located.parallelStream().map(l -> readRun(layout, l)).toList();
            for (RunCurve run : read) {
                files++;
                RunCurve earlier = runs.putIfAbsent(run.id(), run);
                if (earlier != null && !sameRun(earlier, run)) {
                    throw new ResultsFormatException(run.label() + " in " + run.source() + " differs from the same run in "
                            + earlier.source());
                }
            }
            invocations.addAll(Invocation.readAll(folder));
        }
        if (runs.isEmpty()) {
            throw new ResultsFormatException("no runs found (runs/<env>/<model>/<variant>/seed-<S>.json) in " + folders);
        }
        TreeMap<Cell, List<RunCurve>> cells = new TreeMap<>();
        for (RunCurve run : runs.values()) {
            cells.computeIfAbsent(new Cell(run.environment(), run.model(), run.variant()), c -> new ArrayList<>())
                    .add(run);
        }
        for (Map.Entry<Cell, List<RunCurve>> cell : cells.entrySet()) {
            cell.getValue().sort((a, b) -> Long.compare(a.seed(), b.seed()));
            checkVariant(cell.getKey(), cell.getValue());
        }
        // in the order the commands started (file names order them only to the second), then by name
        invocations.sort(Comparator.comparing((Invocation m) -> instant(m.startedAt()),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Invocation::name));
        return new ResultSet(folders, files, cells, invocations);
    }

    /**
     * An ISO-8601 instant of a result file ({@code startedAt}, {@code finishedAt}), or null if it is absent or in
     * another format. Compare these, not the strings: {@link Instant#toString} leaves the fraction out on a whole
     * second, so "…:19Z" sorts after "…:19.500Z" as text.
     */
    static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static RunCurve readRun(StoreLayout layout, StoreLayout.Located located) {
        RunRecord record = RunRecord.read(located.file());
        if (!record.run().equals(located.id())) {
            throw new ResultsFormatException(located.file() + " holds run " + record.run() + " but its path names "
                    + located.id());
        }
        Path csv = layout.csv(located.id());
        if (!Files.exists(csv)) {
            throw new ResultsFormatException(located.file() + " has no " + csv.getFileName() + " beside it");
        }
        List<RunEpisodes> inCsv = EpisodesCsv.read(csv);
        if (inCsv.size() != 1 || !inCsv.get(0).id().equals(located.id())) {
            throw new ResultsFormatException(csv + " does not hold exactly the run " + located.id());
        }
        RunEpisodes episodes = inCsv.get(0);
        if (episodes.episodes() != record.episodes() || episodes.diverged() != record.diverged()) {
            throw new ResultsFormatException(csv + " holds " + episodes.episodes() + " episodes"
                    + (episodes.diverged() ? " (diverged)" : "") + ", its record " + record.episodes()
                    + (record.diverged() ? " (diverged)" : ""));
        }
        return new RunCurve(episodes, record, located.file());
    }

    private static boolean sameRun(RunCurve a, RunCurve b) {
        return a.episodes().sameData(b.episodes()) && SettingsHash.canonical(a.record().settings())
                .equals(SettingsHash.canonical(b.record().settings()));
    }

    private static void checkVariant(Cell cell, List<RunCurve> runs) {
        RunCurve first = runs.get(0);
        String settings = SettingsHash.canonical(first.record().settings());
        for (RunCurve run : runs) {
            if (!SettingsHash.canonical(run.record().settings()).equals(settings)) {
                throw new ResultsFormatException(run.source() + ": the settings of " + run.label() + " differ from those "
                        + "of " + first.label() + " (" + first.source() + "), but both are variant " + cell.variant());
            }
        }
        if (cell.variant().startsWith(SettingsHash.PREFIX)
                && !cell.variant().equals(SettingsHash.of(first.record().settings()))) {
            throw new ResultsFormatException(first.source() + ": variant " + cell.variant() + " is not the hash of its "
                    + "settings (" + SettingsHash.of(first.record().settings()) + ")");
        }
        if (cell.isPaper() && !first.record().paperSettings()) {
            throw new ResultsFormatException(first.source() + ": variant " + cell.variant() + " records settings that "
                    + "differ from the paper's");
        }
    }
}
