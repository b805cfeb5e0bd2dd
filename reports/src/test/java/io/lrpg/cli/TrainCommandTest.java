package io.lrpg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.results.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code lrpg train}: the run store, the seeding rule, variants, resume, and bad input. */
class TrainCommandTest {

    @TempDir
    Path temp;

    private static List<String> pendulum(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("train", "--env", "pendulum", "--model", "lowrank", "--out",
                out.toString()));
        args.addAll(List.of(extra));
        return args;
    }

    /**
     * The issue's scenario with the paper's pendulum settings: two folders of the paper variant (seeds 0–3 and 4–7)
     * and a rank-8 variant, merged by one report: two variants of 8 runs each, the parameter counts of both, and the
     * paper's claims only on the paper variant.
     */
    @Test
    void twoSeedRangesAndALabelledVariantReportTogether() throws IOException {
        Path a = temp.resolve("A");
        Path b = temp.resolve("B");
        Path c = temp.resolve("C");
        CliRun.of(pendulum(a, "--runs", "4", "--seed", "0")).ok();
        CliRun.of(pendulum(b, "--runs", "4", "--seed", "4")).ok();
        CliRun rank8 = CliRun.of(pendulum(c, "--set", "rank=8", "--label", "rank8", "--runs", "8")).ok();
        assertTrue(rank8.out().startsWith("pendulum/lowrank/rank8: 8 run(s) (8 trained now, 0 already done)"),
                rank8.out());
        for (int seed = 0; seed < 8; seed++) {
            Path folder = seed < 4 ? a : b;
            assertTrue(Files.exists(folder.resolve("runs/pendulum/lowrank/paper/seed-" + seed + ".json")), "seed " + seed);
        }

        Path r = temp.resolve("R");
        CliRun.of("report", "--in", a.toString(), "--in", b.toString(), "--in", c.toString(), "--out", r.toString()).ok();
        List<String> summary = Files.readAllLines(r.resolve("summary.csv"));
        assertEquals(3, summary.size(), "header and two variants: " + summary);
        assertTrue(summary.get(1).startsWith("pendulum,lowrank,paper,8,"), summary.get(1));
        assertTrue(summary.get(2).startsWith("pendulum,lowrank,rank8,8,"), summary.get(2));
        List<String> parameters = Files.readAllLines(r.resolve("parameters.csv"));
        // paper: actor 10×10 rank 4 = 80, critic 16×16 rank 4 = 128; rank 8: 160 + 256
        assertTrue(parameters.contains("pendulum,lowrank,paper,80,128,1,208,209"), parameters.toString());
        assertTrue(parameters.contains("pendulum,lowrank,rank8,160,256,1,416,417"), parameters.toString());
        String claims = Files.readString(r.resolve("claims.csv"));
        assertTrue(claims.contains("variant rank8"), claims);
        assertTrue(claims.contains("not comparable: settings differ"), claims);
        assertTrue(claims.contains("lowRank.rank: 4 → 8"), claims);
        assertFalse(claims.contains("final return similar or better"), "no nn runs, so no lowrank-vs-nn claim: " + claims);
    }

    /** Run r has seed S + r: the runs of --seed 4 --runs 4 are seeds 4–7 of --seed 0 --runs 8, bit for bit. */
    @Test
    void aRunIsTheSameWhicheverCommandTrainsIt() throws IOException {
        Path split = temp.resolve("split");
        Path whole = temp.resolve("whole");
        CliRun.of(pendulum(split, "--runs", "4", "--seed", "4", "--episodes", "200")).ok();
        CliRun.of(pendulum(whole, "--runs", "8", "--seed", "0", "--episodes", "200", "--workers", "3")).ok();
        Map<String, String> part = CliRun.resultFiles(split);
        Map<String, String> all = CliRun.resultFiles(whole);
        assertEquals(12, part.size(), "csv, model and record of four runs");
        part.forEach((name, content) -> assertEquals(content, all.get(name), name));
        assertNotEquals(all.get("pendulum/lowrank/" + variant(whole) + "/seed-4.csv"),
                all.get("pendulum/lowrank/" + variant(whole) + "/seed-5.csv"));
    }

    /** The part of a train summary after the run counts: final returns, divergences (not the wall time). */
    private static String statistics(String summary) {
        Matcher m = Pattern.compile("already done\\), (median final return [^;]+ diverged)").matcher(summary);
        assertTrue(m.find(), summary);
        return m.group(1);
    }

    /** The one variant of the one environment and model in a results folder. */
    private static String variant(Path folder) throws IOException {
        try (Stream<Path> dirs = Files.walk(folder.resolve("runs"), 3)) {
            List<Path> variants = dirs.filter(p -> folder.resolve("runs").relativize(p).getNameCount() == 3).toList();
            assertEquals(1, variants.size(), variants.toString());
            return variants.get(0).getFileName().toString();
        }
    }

    /**
     * A second command trains only the missing run, removes the temporary files a killed writer left for it (and only
     * for it), and summarises all runs exactly as one command that trained them all.
     */
    @Test
    void theSameCommandAgainSkipsFinishedRuns() throws IOException {
        Path out = temp.resolve("out");
        CliRun.of(pendulum(out, "--runs", "2", "--episodes", "50")).ok();
        Map<String, String> before = CliRun.resultFiles(out);
        Path cell = out.resolve("runs/pendulum/lowrank/" + variant(out));
        List<Path> leftForRun2 = List.of(cell.resolve(".seed-2.csv8123.partial"),
                cell.resolve(".seed-2.model.json77.partial"), cell.resolve(".seed-2.json5.partial"));
        List<Path> notOfRun2 = List.of(cell.resolve(".seed-20.csv1.partial"), cell.resolve(".seed-1.json3.partial"),
                cell.resolve("seed-2.csv.partial"));
        for (Path file : Stream.concat(leftForRun2.stream(), notOfRun2.stream()).toList()) {
            Files.writeString(file, "half");
        }
        CliRun again = CliRun.of(pendulum(out, "--runs", "3", "--episodes", "50")).ok();
        assertTrue(again.out().contains("3 run(s) (1 trained now, 2 already done)"), again.out());
        leftForRun2.forEach(file -> assertFalse(Files.exists(file), file + " was left"));
        notOfRun2.forEach(file -> assertTrue(Files.exists(file), file + " is not run 2's and was removed"));
        notOfRun2.forEach(file -> file.toFile().delete());
        Map<String, String> after = CliRun.resultFiles(out);
        before.forEach((name, content) -> assertEquals(content, after.get(name), name));
        // the runs trained now are summarised from memory, the others from their files: the same line either way
        CliRun once = CliRun.of(pendulum(temp.resolve("once"), "--runs", "3", "--episodes", "50")).ok();
        assertTrue(once.out().contains("3 run(s) (3 trained now, 0 already done)"), once.out());
        assertEquals(statistics(once.out()), statistics(again.out()));
        RunRecord record = RunRecord.read(out.resolve("runs/pendulum/lowrank/" + variant(out) + "/seed-2.json"));
        assertEquals(50, record.episodes());
        assertEquals(List.of("trainer.episodes"), record.differencesFromPaper().stream()
                .map(io.lrpg.results.SettingDifference::setting).toList());
    }

    /**
     * {@code --model tensor} trains through the same runner and store: the run record says model tensor and holds the
     * tensor settings and parameter counts, the trained factors are stored mode by mode, the run repeats bit for bit,
     * and on the pendulum (two modes) it is named "paper" like any model on the paper's preset.
     */
    @Test
    void aTensorRunIsStoredWithItsSettingsAndFactors() throws IOException {
        Path out = temp.resolve("tensor");
        List<String> args = List.of("train", "--env", "goddard", "--model", "tensor", "--episodes", "30", "--runs", "2",
                "--out", out.toString());
        CliRun first = CliRun.of(args).ok();
        String variant = variant(out);
        assertTrue(first.out().startsWith("goddard/tensor/" + variant + ": 2 run(s)"), first.out());
        Path record = out.resolve("runs/goddard/tensor/" + variant + "/seed-1.json");
        String json = Files.readString(record);
        assertTrue(json.contains("\"model\" : \"tensor\""), json);
        RunRecord run = RunRecord.read(record);
        assertEquals("tensor", run.settings().get("model").asText());
        assertEquals(3, run.settings().get("tensor").get("actorAxes").size());
        assertEquals(2, run.settings().get("tensor").get("rank").asInt());
        assertEquals(new io.lrpg.results.ParameterCount(24, 24, 1), run.parameterCount());
        assertEquals(List.of("trainer.episodes"), run.differencesFromPaper().stream()
                .map(io.lrpg.results.SettingDifference::setting).toList());
        io.lrpg.results.ModelParameters model = io.lrpg.results.ModelParameters.read(
                out.resolve("runs/goddard/tensor/" + variant + "/seed-1.model.json"));
        for (int d = 0; d < 3; d++) {
            assertEquals(8, model.values("actor.mean.mode" + d, 4, 2).length);
            assertEquals(8, model.values("critic.mode" + d, 4, 2).length);
        }
        assertEquals(1, model.values("actor.logStd", 1).length);

        Path again = temp.resolve("again");
        List<String> repeat = new ArrayList<>(args);
        repeat.set(repeat.size() - 1, again.toString());
        CliRun.of(repeat).ok();
        assertEquals(CliRun.resultFiles(out), CliRun.resultFiles(again), "the same bits");

        CliRun paper = CliRun.of("settings", "--env", "pendulum", "--model", "tensor").ok();
        assertTrue(paper.out().startsWith("variant   pendulum/tensor/preset"), paper.out());
        assertTrue(paper.out().contains("actor 80 + critic 128 = 208"), paper.out());
    }

    /** Mountain car trains every model from its follow-up preset; the paper has no settings for it. */
    @Test
    void mountainCarTrainsFromItsPreset() throws IOException {
        Path out = temp.resolve("car");
        for (String model : List.of("lowrank", "tensor")) {
            CliRun.of("train", "--env", "mountain-car-continuous-v0", "--model", model, "--episodes", "3", "--out",
                    out.toString()).ok();
        }
        try (Stream<Path> records = Files.walk(out.resolve("runs"))) {
            List<Path> found = records.filter(p -> p.toString().endsWith("seed-0.json")).toList();
            assertEquals(2, found.size(), found.toString());
            for (Path p : found) {
                RunRecord record = RunRecord.read(p);
                assertFalse(record.paperEnvironment());
                assertEquals(List.of("trainer.episodes: 500 → 3"), record.differencesFromPaper().stream()
                        .map(io.lrpg.results.SettingDifference::describe).toList(), "differences from the preset");
                assertEquals(999, record.settings().get("trainer").get("maxStepsPerEpisode").asInt());
            }
        }
        CliRun settings = CliRun.of("settings", "--env", "mountain-car-continuous-v0", "--model", "nn").ok();
        assertTrue(settings.out().contains("the paper has no settings for nn on mountain-car-continuous-v0; these are "
                + "the suite's preset"), settings.out());
        assertTrue(settings.out().startsWith("variant   mountain-car-continuous-v0/nn/preset"), settings.out());
        assertTrue(settings.out().contains("actor 33 + critic 33 = 66"), settings.out());
    }

    /** Bad tensor settings: exit 2, one line, nothing written. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rank=0|invalid value for rank=0",
        "rank=-2|invalid value for rank=-2",
        "actor.buckets=4x0x4|bucket counts must be >= 1",
        "buckets=0x4x4|bucket counts must be >= 1",
        "critic.buckets=4x4|expected 3 bucket counts",
        "std=per-state|applies to the lowrank model, not tensor",
        "hidden=8|applies to the nn model, not tensor"})
    void badTensorInputExits2AndWritesNothing(String assignment, String message) {
        Path out = temp.resolve("out");
        CliRun.of("train", "--env", "goddard", "--model", "tensor", "--set", assignment, "--out", out.toString())
                .usageError(message);
        assertFalse(Files.exists(out), "nothing may be written");
    }

    /** Network runs are the same bits with one or two workers. */
    @Test
    void networkRunsDoNotDependOnTheNumberOfWorkers() {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        List<String> args = List.of("train", "--env", "pendulum", "--model", "nn", "--episodes", "25", "--runs", "2");
        List<String> first = new ArrayList<>(args);
        first.addAll(List.of("--workers", "1", "--out", one.toString()));
        List<String> second = new ArrayList<>(args);
        second.addAll(List.of("--workers", "2", "--out", two.toString()));
        CliRun.of(first).ok();
        CliRun.of(second).ok();
        assertEquals(CliRun.resultFiles(one), CliRun.resultFiles(two));
    }

    /**
     * SIGKILL of a training JVM, low-rank and network, then the same command: the per-episode results and trained
     * parameters equal those of an uninterrupted command.
     */
    @ParameterizedTest
    @CsvSource({"goddard,lowrank,2500,4", "pendulum,nn,40,4"})
    void aKilledTrainingResumesToTheSameBits(String environment, String model, int episodes, int runs)
            throws Exception {
        List<String> base = List.of("train", "--env", environment, "--model", model, "--episodes",
                Integer.toString(episodes), "--runs", Integer.toString(runs), "--workers", "1");
        Path reference = temp.resolve("reference");
        List<String> uninterrupted = new ArrayList<>(base);
        uninterrupted.addAll(List.of("--out", reference.toString()));
        CliRun.of(uninterrupted).ok();

        Path killed = temp.resolve("killed");
        List<String> args = new ArrayList<>(base);
        args.addAll(List.of("--out", killed.toString()));
        Path log = temp.resolve("child.log");
        Process child = CliRun.child(args, log);
        String variant = variant(reference);
        Path first = killed.resolve("runs/" + environment + "/" + model + "/" + variant + "/seed-0.json");
        assertTrue(CliRun.awaitFile(first, child), () -> "no run finished: " + CliRun.read(log));
        assertTrue(child.isAlive(), () -> "the child ended before it could be killed: " + CliRun.read(log));
        child.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertFalse(Files.exists(killed.resolve("runs/" + environment + "/" + model + "/" + variant + "/seed-"
                + (runs - 1) + ".json")), "killed too late to test anything");

        CliRun resumed = CliRun.of(args).ok();
        Matcher counts = Pattern.compile("\\((\\d) trained now, ([1-9]) already done\\)")
                .matcher(resumed.out());
        assertTrue(counts.find(), resumed.out());
        assertEquals(CliRun.resultFiles(reference), CliRun.resultFiles(killed));

        // the report's provenance: the killed command recorded no end; what it wrote is counted from the run records
        Path report = temp.resolve("report");
        CliRun.of("report", "--in", killed.toString(), "--out", report.toString(), "--episodes-csv", "skip").ok();
        String markdown = Files.readString(report.resolve("report.md"));
        String provenance = markdown.substring(markdown.indexOf("## Provenance"));
        List<String> rows = provenance.lines().filter(l -> l.startsWith("| lrpg train")).toList();
        assertEquals(2, rows.size(), provenance);
        // in the order the commands started (both may start within one second: their log names tie to the second)
        assertTrue(rows.get(0).matches("\\| lrpg train .* \\| no end recorded \\| 1/1 \\| " + counts.group(2)
                + " \\| .* \\| unknown \\(last run written [^|]+\\) \\| – \\|"), rows.get(0));
        assertTrue(rows.get(1).matches("\\| lrpg train .* \\| completed \\| 1/1 \\| " + counts.group(1)
                + " \\| .* \\| [0-9.]+ \\| [0-9]+ \\|"), rows.get(1));
        assertTrue(provenance.contains("1 command(s) recorded no end"), provenance);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--set|rnak=2|unknown setting 'rnak'",
        "--set|rank|expected KEY=VALUE",
        "--set|rank=two|invalid value for rank=two",
        "--set|rank=0|invalid value for rank=0",
        "--set|hidden=64|applies to the nn model, not lowrank",
        "--set|actor.buckets=10x10x3|expected 2 bucket counts",
        "--set|actor.buckets=10x0|bucket counts must be >= 1",
        "--label|a/b|invalid variant 'a/b'",
        "--label|paper|reserved for the paper's settings",
        "--label|cfg-mine|may not start with 'cfg-'",
        "--runs|0|--runs must be > 0",
        "--seed|-1|--seed must be >= 0",
        "--workers|0|--workers must be > 0",
        "--env|pendulum-v1|no settings for pendulum-v1"})
    void badInputExits2AndWritesNothing(String option, String value, String message) {
        Path out = temp.resolve("out");
        List<String> args = new ArrayList<>(List.of("train", "--env", "pendulum", "--model", "lowrank", "--out",
                out.toString()));
        if (option.equals("--label")) {
            args.addAll(List.of("--set", "rank=8")); // 'paper' is only wrong for other settings
        }
        if (option.equals("--env")) {
            args.set(2, value);
        } else {
            args.addAll(List.of(option, value));
        }
        CliRun.of(args).usageError(message);
        assertFalse(Files.exists(out), "nothing may be written");
    }

    @Test
    void aRepeatedKeyAndAKeyGivenTwiceAreErrors() {
        Path out = temp.resolve("out");
        CliRun.of(pendulum(out, "--set", "rank=2", "--set", "rank=3")).usageError("'rank' is given twice");
        CliRun.of(pendulum(out, "--set", "episodes=3", "--episodes", "3")).usageError("once");
        assertFalse(Files.exists(out));
    }

    /** A label reused with other settings is another experiment under the same name: refused before training. */
    @Test
    void aConflictingRunIsRefusedWithoutWritingAnything() throws IOException {
        Path out = temp.resolve("out");
        CliRun.of(pendulum(out, "--set", "rank=8", "--label", "mine", "--runs", "2", "--episodes", "20")).ok();
        Map<String, String> before = CliRun.resultFiles(out);
        long invocations;
        try (Stream<Path> files = Files.list(out.resolve("invocations"))) {
            invocations = files.count();
        }
        CliRun.of(pendulum(out, "--set", "rank=3", "--label", "mine", "--runs", "2", "--episodes", "20"))
                .usageError("seed-0.json holds pendulum/lowrank/mine/seed-0 with other settings", "lowRank.rank: 8 → 3");
        assertEquals(before, CliRun.resultFiles(out));
        try (Stream<Path> files = Files.list(out.resolve("invocations"))) {
            assertEquals(invocations, files.count(), "not even an invocation log");
        }
    }

    @Test
    void aResultsPathThatIsAFileIsBadInput() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");
        CliRun.of(pendulum(file)).usageError("is not a folder");
    }

    /** An I/O failure is an internal error: exit 70, one line naming the log file that holds the stack trace. */
    @Test
    void anInputOutputFailureIsAnInternalError() throws IOException {
        CliRun run = CliRun.of(pendulum(Path.of("/proc/lrpg-cannot-write-here"), "--episodes", "5"));
        assertEquals(Lrpg.EXIT_INTERNAL, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("lrpg train: internal error: "), run.err());
        String logFile = run.err().substring(run.err().indexOf("stack trace in ") + "stack trace in ".length(),
                run.err().lastIndexOf(')'));
        String trace = Files.readString(Path.of(logFile));
        assertTrue(trace.contains("\tat "), trace);
        Files.delete(Path.of(logFile));
    }
}
