package io.lrpg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.results.Invocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code lrpg reproduce}: resume after SIGKILL and SIGTERM, shards, and bad input. */
class ReproduceCommandTest {

    @TempDir
    Path temp;

    /** A small low-rank grid: pendulum (paper variant) and goddard (quick: 6 000 episodes per run). */
    private static List<String> smallGrid(Path out, int runs, String... extra) {
        return grid("pendulum,goddard", out, runs, extra);
    }

    private static List<String> grid(String environments, Path out, int runs, String... extra) {
        List<String> args = new ArrayList<>(List.of("reproduce", "--envs", environments, "--models", "lowrank",
                "--runs", Integer.toString(runs), "--out", out.toString(), "--report", out.resolve("report").toString()));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void aReproductionKilledBySigkillResumesToTheSameBits() throws Exception {
        Path reference = temp.resolve("uninterrupted");
        CliRun.of(smallGrid(reference, 3)).ok();

        Path killed = temp.resolve("killed");
        Path log = temp.resolve("child.log");
        Process child = CliRun.child(smallGrid(killed, 3, "--workers", "1"), log);
        Path firstGoddard = killed.resolve("runs/goddard/lowrank/quick/seed-0.json");
        assertTrue(CliRun.awaitFile(firstGoddard, child), () -> "no goddard run finished: " + CliRun.read(log));
        assertTrue(child.isAlive(), () -> "the child ended before it could be killed: " + CliRun.read(log));
        child.destroyForcibly();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertFalse(Files.exists(killed.resolve("runs/goddard/lowrank/quick/seed-2.json")), "killed too late");
        assertFalse(Files.exists(killed.resolve("report")), "a report from an unfinished grid");
        assertEquals("running", Invocation.readAll(killed).get(0).outcome(), "SIGKILL runs no code");

        CliRun resumed = CliRun.of(smallGrid(killed, 3)).ok();
        assertTrue(resumed.out().matches("(?s).*shard 1/1: [4-5] of 6 runs already done.*"), resumed.out());
        assertEquals(CliRun.resultFiles(reference), CliRun.resultFiles(killed));
        assertEquals(Files.readString(reference.resolve("report/summary.csv")),
                Files.readString(killed.resolve("report/summary.csv")));
        CliRun again = CliRun.of(smallGrid(killed, 3)).ok();
        assertTrue(again.out().contains("6 of 6 runs already done, 0 to train"), again.out());
    }

    /** SIGTERM (Ctrl-C, a scheduler's limit): the command says what it kept and how to resume, and logs it. */
    @Test
    void aSigtermSaysWhatWasKeptAndHowToResume() throws Exception {
        Path out = temp.resolve("out");
        Path log = temp.resolve("child.log");
        Process child = CliRun.child(grid("goddard", out, 6, "--workers", "1"), log);
        assertTrue(CliRun.awaitFile(out.resolve("runs/goddard/lowrank/quick/seed-0.json"), child), () -> CliRun.read(log));
        child.destroy();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        String said = CliRun.read(log);
        assertTrue(said.matches("(?s).*lrpg reproduce: interrupted; kept [1-5] run\\(s\\) finished by this command in "
                + java.util.regex.Pattern.quote(out.toString()) + " \\(0 were there before\\); run the same command to "
                + "resume.*"), said);
        Invocation invocation = Invocation.readAll(out).get(0);
        assertEquals("interrupted", invocation.outcome());
        assertTrue(invocation.runsTrained() >= 1);
        CliRun status = CliRun.of("status", "--in", out.toString()).ok();
        assertTrue(status.out().matches("(?s).*goddard/lowrank/quick\\s+[1-5]\\s+6\\n.*"), status.out());
    }

    @Test
    void shardsPartitionTheGridAndMergeIntoTheSameReport() throws IOException {
        Path whole = temp.resolve("whole");
        CliRun.of(grid("pendulum", whole, 3)).ok();
        Path shared = temp.resolve("shared");
        CliRun one = CliRun.of(grid("pendulum", shared, 3, "--shard", "1/2")).ok();
        assertTrue(one.out().contains("shard 1/2 done; once every shard is, build the report"), one.out());
        assertFalse(Files.exists(shared.resolve("report")));
        Map<String, String> first = CliRun.resultFiles(shared);
        assertEquals(3 * 2, first.size(), "runs 0 and 2 of 3 (csv, model, record): " + first.keySet());
        CliRun.of(grid("pendulum", shared, 3, "--shard", "2/2")).ok();
        assertFalse(Files.exists(shared.resolve("report")), "a shard never builds the report");
        assertEquals(CliRun.resultFiles(whole), CliRun.resultFiles(shared));
        CliRun all = CliRun.of(grid("pendulum", shared, 3)).ok();
        assertTrue(all.out().contains("3 of 3 runs already done, 0 to train"), all.out());
        assertEquals(Files.readString(whole.resolve("report/summary.csv")),
                Files.readString(shared.resolve("report/summary.csv")));

        Path separate = temp.resolve("separate");
        CliRun.of(grid("pendulum", separate, 3, "--shard", "2/2")).ok();
        Path merged = temp.resolve("merged");
        CliRun.of("report", "--in", shared.toString(), "--in", separate.toString(), "--out", merged.toString()).ok();
        assertEquals(Files.readString(whole.resolve("report/summary.csv")), Files.readString(merged.resolve("summary.csv")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--profile=fast", "--envs=cartpole", "--envs=pendulum-v1", "--models=svm", "--runs=0",
        "--shard=3/2", "--shard=0/2", "--shard=1", "--workers=0", "--seed=-2"})
    void badInput(String option) {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("reproduce", option, "--out", out.toString());
        String value = option.substring(option.indexOf('=') + 1);
        run.usageError(value.matches("-?[0-9]") ? option.substring(0, option.indexOf('=')) : value);
        assertFalse(Files.exists(out), "nothing may be written");
    }

    @Test
    void unreadableResultsFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        CliRun.of("reproduce", "--out", file.toString()).usageError("not a folder");
        Path out = temp.resolve("corrupt");
        Path json = out.resolve("runs/pendulum/lowrank/paper/seed-0.json");
        Files.createDirectories(json.getParent());
        Files.writeString(json, "{ not json");
        CliRun.of("reproduce", "--envs", "pendulum", "--models", "lowrank", "--out", out.toString())
                .usageError("seed-0.json");
        Map<String, String> files = new TreeMap<>(CliRun.resultFiles(out));
        assertEquals(1, files.size(), "nothing written: " + files);
    }
}
