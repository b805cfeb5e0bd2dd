package io.lrpg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code lrpg reproduce}: resume after a kill, shards, and bad input. */
class ReproduceCommandTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Lrpg.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A small low-rank grid: goddard (quick profile: 6 000 episodes per run), a few runs. */
    private static List<String> smallGrid(Path out, int runs, String... extra) {
        List<String> args = new ArrayList<>(List.of("reproduce", "--envs", "pendulum,goddard", "--models", "lowrank",
                "--runs", Integer.toString(runs), "--out", out.toString(), "--report", out.resolve("report").toString()));
        args.addAll(List.of(extra));
        return args;
    }

    /** Every file under runs/, by relative path, with its content. */
    private static Map<String, String> runFiles(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out.resolve("runs"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = out.resolve("runs").relativize(file).toString();
                // a run's JSON carries its wall time and provenance; compare its CSV and its seed line only
                files.put(name, name.endsWith(".json") ? "json" : Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void aKilledReproductionResumesToTheSameResults() throws Exception {
        Path reference = temp.resolve("uninterrupted");
        Run whole = run(smallGrid(reference, 4).toArray(String[]::new));
        assertEquals(0, whole.exitCode(), whole::err);

        Path interrupted = temp.resolve("interrupted");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Lrpg.class.getName()));
        command.addAll(smallGrid(interrupted, 4, "--workers", "1"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("child.log").toFile()).start();
        Path firstGoddard = interrupted.resolve("runs/goddard/lowrank/run-000.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(firstGoddard) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), () -> "the child ended before it could be killed: " + log());
        child.destroy(); // SIGTERM, as a job scheduler or Ctrl-C would send
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not stop");
        assertTrue(Files.exists(firstGoddard), "no run finished before the kill");
        try (Stream<Path> files = Files.walk(interrupted.resolve("runs"))) {
            long finished = files.filter(f -> f.toString().endsWith(".json")).count();
            var manifest = io.lrpg.experiment.Manifest.json().readTree(interrupted.resolve("manifest.json").toFile());
            assertEquals(finished, manifest.get("runs").size(), "the manifest written on the signal lists the finished runs");
        }
        assertFalse(Files.exists(interrupted.resolve("runs/goddard/lowrank/run-003.json")), "killed too late");
        assertFalse(Files.exists(interrupted.resolve("report")), "a report from an unfinished grid");

        Run resumed = run(smallGrid(interrupted, 4).toArray(String[]::new));
        assertEquals(0, resumed.exitCode(), resumed::err);
        assertTrue(resumed.out().matches("(?s).*shard 1/1: [1-7] of 8 runs already done.*"), resumed.out());
        assertEquals(runFiles(reference), runFiles(interrupted));
        assertEquals(Files.readString(reference.resolve("report/summary.csv")),
                Files.readString(interrupted.resolve("report/summary.csv")));

        Run again = run(smallGrid(interrupted, 4).toArray(String[]::new));
        assertTrue(again.out().contains("8 of 8 runs already done, 0 to train"), again.out());
        var manifest = io.lrpg.experiment.Manifest.json().readTree(interrupted.resolve("manifest.json").toFile());
        assertEquals(8, manifest.get("runs").size(), "the manifest lists the runs of every invocation");
        assertEquals(0, manifest.get("settings").get("lastInvocation").get("runsTrained").asInt());
    }

    private String log() {
        try {
            return Files.readString(temp.resolve("child.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void shardsPartitionTheGridAndMergeIntoTheSameReport() throws IOException {
        Path whole = temp.resolve("whole");
        assertEquals(0, run(smallGrid(whole, 3, "--envs", "pendulum").toArray(String[]::new)).exitCode());
        Path first = temp.resolve("shard1");
        Path second = temp.resolve("shard2");
        Run one = run(smallGrid(first, 3, "--envs", "pendulum", "--shard", "1/2").toArray(String[]::new));
        Run two = run(smallGrid(second, 3, "--envs", "pendulum", "--shard", "2/2").toArray(String[]::new));
        assertEquals(0, one.exitCode(), one::err);
        assertTrue(one.out().contains("not in " + first + " yet"), one.out());
        assertFalse(Files.exists(first.resolve("report")));
        Map<String, String> merged = new TreeMap<>(runFiles(first));
        Map<String, String> other = runFiles(second);
        other.keySet().forEach(key -> assertFalse(merged.containsKey(key), "shards overlap at " + key));
        merged.putAll(other);
        assertEquals(runFiles(whole), merged);

        Path report = temp.resolve("merged");
        Run merge = run("report", "--in", first.toString(), "--in", second.toString(), "--out", report.toString());
        assertEquals(0, merge.exitCode(), merge::err);
        assertEquals(Files.readString(whole.resolve("report/summary.csv")), Files.readString(report.resolve("summary.csv")));
    }

    private static void assertUsageError(Run run, String fragment) {
        assertEquals(Lrpg.EXIT_USAGE, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::err);
        assertTrue(run.err().contains(fragment), run::err);
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--profile=fast", "--envs=cartpole", "--envs=pendulum-v1", "--models=svm", "--runs=0",
        "--shard=3/2", "--shard=0/2", "--shard=1", "--workers=0"})
    void badInput(String option) throws IOException {
        Path out = temp.resolve("out");
        Run run = run("reproduce", option, "--out", out.toString());
        String value = option.substring(option.indexOf('=') + 1);
        assertUsageError(run, value.equals("0") ? option.substring(2, option.indexOf('=')) : value);
        assertFalse(Files.exists(out.resolve("runs")), "nothing may be written");
    }

    @Test
    void unreadableResultsFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        assertUsageError(run("reproduce", "--out", file.toString()), "not a folder");
        Path out = temp.resolve("corrupt");
        Path json = out.resolve("runs/pendulum/lowrank/run-000.json");
        Files.createDirectories(json.getParent());
        Files.writeString(json, "{ not json");
        Files.writeString(out.resolve("runs/pendulum/lowrank/run-000.csv"), "x");
        assertUsageError(run("reproduce", "--envs", "pendulum", "--models", "lowrank", "--out", out.toString()),
                "run-000.json");
        assertUsageError(run("report", "--in", temp.resolve("missing").toString()), "missing");
    }

}
