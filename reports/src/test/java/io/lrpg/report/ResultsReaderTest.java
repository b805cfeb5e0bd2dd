package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.lrpg.results.AtomicFiles;
import io.lrpg.results.EpisodesCsv;
import io.lrpg.results.ParameterCount;
import io.lrpg.results.ResultsFormatException;
import io.lrpg.results.RunEpisodes;
import io.lrpg.results.RunId;
import io.lrpg.results.RunRecord;
import io.lrpg.results.SettingDifference;
import io.lrpg.results.SettingsHash;
import io.lrpg.results.StoreLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading results folders: merging by run identity and the consistency checks. */
class ResultsReaderTest {

    @TempDir
    Path temp;

    /** Writes one run into a results folder as the runner does: CSV, then record. */
    static void write(Path folder, RunId id, double[] returns, JsonNode settings, List<SettingDifference> differences) {
        write(folder, id, returns, settings, differences, "test", "2026-11-29T00:00:00Z");
    }

    /** {@link #write}, trained by the invocation {@code invocation} and finished at {@code finishedAt}. */
    static void write(Path folder, RunId id, double[] returns, JsonNode settings, List<SettingDifference> differences,
            String invocation, String finishedAt) {
        StoreLayout layout = new StoreLayout(folder);
        int n = returns.length;
        int[] lengths = new int[n];
        java.util.Arrays.fill(lengths, 3);
        RunEpisodes episodes = new RunEpisodes(id, returns, lengths, new boolean[n], new boolean[n],
                !Double.isFinite(returns[n - 1]));
        AtomicFiles.writeBinary(layout.csv(id), out -> EpisodesCsv.write(out, List.of(episodes)));
        new RunRecord(RunRecord.FORMAT, id, n, 3L * n, episodes.diverged(), 0.5, finishedAt,
                SettingsHash.of(settings), settings, true, differences, new ParameterCount(80, 128, 1), invocation, null)
                .write(layout.record(id));
    }

    static JsonNode settings(int rank) {
        return JsonNodeFactory.instance.objectNode().put("environment", "pendulum").put("rank", rank);
    }

    /**
     * Invocation logs are listed in the order the commands started, across folders: two commands started within one
     * second have names that tie to the second and then order by process id, which says nothing about time.
     */
    @Test
    void invocationsAreInTheOrderTheCommandsStarted() {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        write(a, new RunId("pendulum", "lowrank", "paper", 0), new double[] {1, 2}, settings(4), List.of());
        invocation("20261129T120819Z-vm-999-0001", "2026-11-29T12:08:19.9Z").write(a);    // started last
        invocation("20261129T120819Z-vm-1000-0001", "2026-11-29T12:08:19.12Z").write(a);  // started second
        invocation("20261129T120818Z-vm-5-0001", "2026-11-29T12:08:18.999999999Z").write(b); // started first
        invocation("20261129T000000Z-vm-7-0001", "not a time").write(b);                  // unknown: last
        ResultSet set = ResultsReader.read(List.of(a, b));
        assertEquals(List.of("20261129T120818Z-vm-5-0001", "20261129T120819Z-vm-1000-0001",
                "20261129T120819Z-vm-999-0001", "20261129T000000Z-vm-7-0001"),
                set.invocations().stream().map(io.lrpg.results.Invocation::name).toList());
    }

    /**
     * A command that recorded no end is given with the time its last run was written, the latest as an instant: a run
     * finished on a whole second prints without a fraction ("…:19Z"), which is later than "…:19.500Z" only as text.
     */
    @Test
    void aCommandWithoutAnEndShowsWhenItsLastRunWasWritten() throws IOException {
        Path a = temp.resolve("a");
        String name = "20261129T120800Z-vm-5-0001";
        write(a, new RunId("pendulum", "lowrank", "paper", 0), new double[] {1, 2}, settings(4), List.of(), name,
                "2026-11-29T12:08:19Z");
        write(a, new RunId("pendulum", "lowrank", "paper", 1), new double[] {1, 3}, settings(4), List.of(), name,
                "2026-11-29T12:08:19.500Z");
        invocation(name, "2026-11-29T12:08:00Z").write(a);
        Path out = temp.resolve("report");
        PaperReport.generate(List.of(a), out, ReportFilesTest.fast().withEpisodesExport(
                ReportSettings.EpisodesExport.SKIP));
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("| lrpg train | 2026-11-29T12:08:00Z | no end recorded | 1/1 | 2 | "), report);
        assertTrue(report.contains("| unknown (last run written 2026-11-29T12:08:19.500Z) | – |"), report);
    }

    private static io.lrpg.results.Invocation invocation(String name, String startedAt) {
        return new io.lrpg.results.Invocation(name, "lrpg train", startedAt, null, "running", 0, 0, 0, "1/1",
                List.of(), 1, null, null);
    }

    @Test
    void foldersMergeByRunIdentityAndIdenticalCopiesAreFine() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        write(a, new RunId("pendulum", "lowrank", "paper", 0), new double[] {1, 2}, settings(4), List.of());
        write(a, new RunId("pendulum", "lowrank", "paper", 1), new double[] {1, 3}, settings(4), List.of());
        write(b, new RunId("pendulum", "lowrank", "paper", 1), new double[] {1, 3}, settings(4), List.of());
        write(b, new RunId("pendulum", "lowrank", "paper", 2), new double[] {2, 3}, settings(4), List.of());
        write(b, new RunId("pendulum", "lowrank", "rank8", 0), new double[] {2, 9}, settings(8),
                List.of(new SettingDifference("rank", null, null)));
        Files.writeString(b.resolve("runs/pendulum/lowrank/paper/.seed-7.json123.partial"), "{");
        ResultSet set = ResultsReader.read(List.of(a, b));
        assertEquals(4, set.runCount());
        assertEquals(List.of(new Cell("pendulum", "lowrank", "paper"), new Cell("pendulum", "lowrank", "rank8")),
                List.copyOf(set.cells().keySet()));
        assertEquals(List.of(0L, 1L, 2L), set.runs(new Cell("pendulum", "lowrank", "paper")).stream()
                .map(RunCurve::seed).toList());
        assertEquals(5, set.files());
    }

    @Test
    void conflictingCopiesOfOneRunNameBothFiles() {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        RunId id = new RunId("pendulum", "lowrank", "paper", 0);
        write(a, id, new double[] {1, 2}, settings(4), List.of());
        write(b, id, new double[] {1, 2.5}, settings(4), List.of());
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsReader.read(List.of(a, b)));
        assertTrue(e.getMessage().contains(b.resolve(id.path() + ".json").toString())
                && e.getMessage().contains(a.resolve(id.path() + ".json").toString()), e.getMessage());
    }

    @Test
    void aRunWhoseSettingsDoNotMatchItsVariantIsRefused() {
        Path a = temp.resolve("a");
        write(a, new RunId("pendulum", "lowrank", "mine", 0), new double[] {1}, settings(4), List.of());
        write(a, new RunId("pendulum", "lowrank", "mine", 1), new double[] {1}, settings(5), List.of());
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsReader.read(List.of(a)));
        assertTrue(e.getMessage().contains("differ from those of pendulum/lowrank/mine/seed-0"), e.getMessage());

        Path b = temp.resolve("b");
        write(b, new RunId("pendulum", "lowrank", "cfg-0000000000", 0), new double[] {1}, settings(4), List.of());
        e = assertThrows(ResultsFormatException.class, () -> ResultsReader.read(List.of(b)));
        assertTrue(e.getMessage().contains("is not the hash of its settings"), e.getMessage());

        Path c = temp.resolve("c");
        write(c, new RunId("pendulum", "lowrank", "paper", 0), new double[] {1}, settings(8),
                List.of(new SettingDifference("rank", null, null)));
        e = assertThrows(ResultsFormatException.class, () -> ResultsReader.read(List.of(c)));
        assertTrue(e.getMessage().contains("differ from the paper's"), e.getMessage());
    }

    @Test
    void recordAndCsvMustAgree() throws IOException {
        Path a = temp.resolve("a");
        RunId id = new RunId("pendulum", "lowrank", "paper", 0);
        write(a, id, new double[] {1, 2, 3}, settings(4), List.of());
        Path csv = new StoreLayout(a).csv(id);
        List<String> lines = Files.readAllLines(csv);
        Files.write(csv, lines.subList(0, 3));
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsReader.read(List.of(a)));
        assertTrue(e.getMessage().contains("holds 2 episodes, its record 3"), e.getMessage());
        Files.delete(csv);
        e = assertThrows(ResultsFormatException.class, () -> ResultsReader.read(List.of(a)));
        assertTrue(e.getMessage().contains("has no seed-0.csv beside it"), e.getMessage());
        assertThrows(ResultsFormatException.class, () -> ResultsReader.read(List.of(temp.resolve("empty"))));
        Files.createDirectories(temp.resolve("empty"));
        e = assertThrows(ResultsFormatException.class, () -> ResultsReader.read(List.of(temp.resolve("empty"))));
        assertTrue(e.getMessage().startsWith("no runs found"), e.getMessage());
    }

    /** A report may be written anywhere, also inside an input; it replaces only its own earlier output. */
    @Test
    void theReportFolderIsReplacedWholeAndForeignFoldersAreRefused() throws IOException {
        Path in = temp.resolve("in");
        for (int seed = 0; seed < 3; seed++) {
            write(in, new RunId("pendulum", "lowrank", "paper", seed), new double[] {1, 2, seed}, settings(4),
                    List.of());
        }
        Path inside = in.resolve("report");
        List<Path> written = PaperReport.generate(List.of(in), inside, ReportSettings.defaults());
        assertTrue(written.contains(inside.resolve("report.md")));
        assertTrue(Files.exists(inside.resolve(ReportFolder.MARKER)));
        Files.writeString(inside.resolve("summary.csv"), "stale");
        PaperReport.generate(List.of(in), inside, ReportSettings.defaults());
        assertTrue(Files.readString(inside.resolve("summary.csv")).startsWith("environment,model,variant,"));
        try (var siblings = Files.list(in)) {
            assertEquals(List.of("report", "runs"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary folder left behind");
        }

        ResultsFormatException e = assertThrows(ResultsFormatException.class,
                () -> PaperReport.generate(List.of(in), in, ReportSettings.defaults()));
        assertTrue(e.getMessage().contains("holds report, which is not part of an earlier lrpg report")
                || e.getMessage().contains("holds runs"), e.getMessage());
        Path foreign = temp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.md"), "mine");
        e = assertThrows(ResultsFormatException.class,
                () -> PaperReport.generate(List.of(in), foreign, ReportSettings.defaults()));
        assertTrue(e.getMessage().contains("holds notes.md"), e.getMessage());
        assertEquals("mine", Files.readString(foreign.resolve("notes.md")));
        Files.writeString(inside.resolve("extra.txt"), "x");
        assertThrows(ResultsFormatException.class,
                () -> PaperReport.generate(List.of(in), inside, ReportSettings.defaults()));
    }
}
