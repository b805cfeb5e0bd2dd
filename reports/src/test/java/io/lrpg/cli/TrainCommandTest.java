package io.lrpg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lrpg.experiment.Manifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code lrpg train}: outputs, determinism, and one test per kind of bad input. */
class TrainCommandTest {

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

    private Run train(Path folder, String... extra) {
        String[] base = {"train", "--env", "pendulum", "--model", "lowrank", "--out", folder.toString()};
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return run(args);
    }

    @Test
    void writesOneRowPerRunAndEpisodeAndAManifest() throws IOException {
        Path folder = temp.resolve("out");
        Run run = train(folder, "--runs", "3", "--episodes", "20", "--seed", "7", "--workers", "2");
        assertEquals(Lrpg.EXIT_OK, run.exitCode(), run::err);
        assertEquals("", run.err());
        List<String> lines = Files.readAllLines(folder.resolve("episodes.csv"));
        assertEquals(1 + 3 * 20, lines.size());
        assertTrue(lines.get(0).contains("run,seed,episode,return,length,terminated,truncated"));
        assertTrue(lines.get(21).startsWith("pendulum,lowrank,1,8,0,"), lines.get(21));

        JsonNode manifest = Manifest.json().readTree(folder.resolve("manifest.json").toFile());
        assertEquals(3, manifest.get("runs").size());
        assertEquals(9, manifest.get("runs").get(2).get("seed").asLong());
        assertEquals(20, manifest.get("settings").get("trainer").get("episodes").asInt());
        assertEquals(4, manifest.get("settings").get("lowRank").get("rank").asInt());
        assertTrue(manifest.get("provenance").get("java").asText().contains("17"));
    }

    @Test
    void sameSeedGivesTheSameResultsWhateverTheWorkers() throws IOException {
        Path serial = temp.resolve("serial");
        Path parallel = temp.resolve("parallel");
        assertEquals(0, train(serial, "--runs", "4", "--episodes", "30", "--workers", "1").exitCode());
        assertEquals(0, train(parallel, "--runs", "4", "--episodes", "30", "--workers", "3").exitCode());
        assertEquals(Files.readAllLines(serial.resolve("episodes.csv")),
                Files.readAllLines(parallel.resolve("episodes.csv")));
    }

    @Test
    void lowRankLearnsToBalanceThePendulum() throws IOException {
        // loose bound on a fixed seed: the paper's median reaches 99 by episode 150; ask for 80 by 300
        Path folder = temp.resolve("learn");
        assertEquals(0, train(folder, "--runs", "3", "--episodes", "300", "--seed", "11").exitCode());
        List<String> lines = Files.readAllLines(folder.resolve("episodes.csv"));
        double[] finals = lines.stream().skip(1).map(l -> l.split(","))
                .filter(f -> f[4].equals("299")).mapToDouble(f -> Double.parseDouble(f[5])).sorted().toArray();
        assertEquals(3, finals.length);
        assertTrue(finals[1] > 80.0, () -> "median final return " + finals[1]);
        double[] firsts = lines.stream().skip(1).map(l -> l.split(","))
                .filter(f -> f[4].equals("0")).mapToDouble(f -> Double.parseDouble(f[5])).toArray();
        assertTrue(Arrays.stream(firsts).allMatch(r -> r < 60.0), "untrained policies should fall early");
    }

    private static void assertUsageError(Run run, String... fragments) {
        assertEquals(Lrpg.EXIT_USAGE, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::err);
        assertTrue(run.err().startsWith("lrpg train: error: "), run::err);
        for (String fragment : fragments) {
            assertTrue(run.err().contains(fragment), () -> "'" + fragment + "' missing in: " + run.err());
        }
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    private void assertNothingWritten(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of(), files.toList());
            }
        }
    }

    @Test
    void unknownEnvironment() throws IOException {
        Path folder = temp.resolve("x");
        assertUsageError(run("train", "--env", "cartpole", "--model", "lowrank", "--out", folder.toString()),
                "cartpole", "pendulum");
        assertNothingWritten(folder);
    }

    @Test
    void environmentWithoutPaperSettings() throws IOException {
        Path folder = temp.resolve("x");
        assertUsageError(run("train", "--env", "pendulum-v1", "--model", "lowrank", "--out", folder.toString()),
                "pendulum-v1");
        assertNothingWritten(folder);
    }

    @Test
    void unknownModel() {
        assertUsageError(run("train", "--env", "pendulum", "--model", "tabular"), "tabular", "lowrank");
    }

    @Test
    void unknownSetting() throws IOException {
        Path folder = temp.resolve("x");
        assertUsageError(train(folder, "--set", "learning_rate=0.1"), "learning_rate", "actor.lr");
        assertNothingWritten(folder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"actor.lr=NaN", "critic.lr=Infinity", "actor.lr=-1", "critic.lr=abc", "rank=0",
        "gamma=1.5", "horizon=0", "adam=fast"})
    void invalidSettingValues(String setting) throws IOException {
        Path folder = temp.resolve("x");
        assertUsageError(train(folder, "--set", setting), setting.substring(0, setting.indexOf('=')));
        assertNothingWritten(folder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--runs=0", "--runs=-3", "--episodes=0", "--workers=0"})
    void nonPositiveCounts(String option) throws IOException {
        Path folder = temp.resolve("x");
        assertUsageError(train(folder, option), option.substring(2, option.indexOf('=')));
        assertNothingWritten(folder);
    }

    @Test
    void refusesToOverwriteResults() throws IOException {
        Path folder = temp.resolve("out");
        assertEquals(0, train(folder, "--episodes", "2").exitCode());
        byte[] before = Files.readAllBytes(folder.resolve("episodes.csv"));
        assertUsageError(train(folder, "--episodes", "3"), "already holds results");
        assertEquals(Arrays.toString(before), Arrays.toString(Files.readAllBytes(folder.resolve("episodes.csv"))));
    }

    @Test
    void helpIsAvailable() {
        Run run = run("train", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--set"));
    }
}
