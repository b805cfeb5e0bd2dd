package io.lrpg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code lrpg envs} and {@code lrpg replay}, run in-process with captured output. */
class LrpgTest {

    @TempDir
    Path temp;

    /** The outcome of one run. */
    private record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().collect(Collectors.toList());
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Lrpg.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path resource(String name) {
        try {
            return Path.of(LrpgTest.class.getClassLoader().getResource("reference/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> referenceFiles() throws IOException {
        try (Stream<Path> files = Files.list(resource("PROVENANCE.md").getParent())) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().collect(Collectors.toList());
        }
    }

    private Path copyWith(String name, String target, java.util.function.UnaryOperator<List<String>> edit)
            throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(resource(name), StandardCharsets.UTF_8));
        return Files.write(temp.resolve(target), edit.apply(lines), StandardCharsets.UTF_8);
    }

    private static void assertOneLineUsageError(Run run, String prefix, String... fragments) {
        assertEquals(Lrpg.EXIT_USAGE, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), run::err);
        String line = run.errLines().get(0);
        assertTrue(line.startsWith(prefix), line);
        for (String fragment : fragments) {
            assertTrue(line.contains(fragment), () -> "'" + fragment + "' missing in: " + line);
        }
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertEquals("", run.out());
    }

    @Test
    void envsListsTheSixIdsWithTheirSpaces() {
        Run run = run("envs");
        assertEquals(Lrpg.EXIT_OK, run.exitCode());
        assertEquals("", run.err());
        for (String id : List.of("pendulum ", "pendulum-v1 ", "acrobot ", "acrobot-v1 ", "goddard ",
                "mountain-car-continuous-v0 ")) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(id)), id);
        }
        assertTrue(run.out().contains("observation [-inf, inf] x [-8, 8]  (2-d)"), run::out);
        assertTrue(run.out().contains("observation [-1, 1]^4 x"), run::out);
        assertTrue(run.out().contains("action      [0, 1]  (1-d)"), run::out);
    }

    @Test
    void replayPassesEveryShippedReferenceFile() throws IOException {
        List<Path> files = referenceFiles();
        assertEquals(5, files.size());
        String[] args = Stream.concat(Stream.of("replay"), files.stream().map(Path::toString)).toArray(String[]::new);
        Run run = run(args);
        assertEquals(Lrpg.EXIT_OK, run.exitCode(), run::toString);
        assertEquals("", run.err());
        List<String> lines = run.out().lines().collect(Collectors.toList());
        assertEquals(files.size() + 1, lines.size(), run::out);
        for (int i = 0; i < files.size(); i++) {
            assertTrue(lines.get(i).startsWith("PASS  " + files.get(i)), lines.get(i));
            assertTrue(lines.get(i).contains("one-step max") && lines.get(i).contains("open-loop["), lines.get(i));
        }
        assertEquals("5 file(s): 5 passed, 0 failed", lines.get(files.size()));
    }

    @Test
    void replayReadsAnyNameWithAnExplicitEnvironment() throws IOException {
        Path renamed = copyWith("custom_goddard_01.csv", "my-rocket-run.csv", lines -> lines);
        Run run = run("replay", "--env", "goddard", renamed.toString());
        assertEquals(Lrpg.EXIT_OK, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("PASS  " + renamed + "  goddard  184 rows"), run::out);
    }

    @Test
    void replayOfACorruptedCopyExits1() throws IOException {
        // one number changed: row 10's ns_theta gains 1e-9
        Path corrupted = copyWith("custom_pendulum_01.csv", "custom_pendulum_corrupt.csv", lines -> {
            String[] f = lines.get(11).split(",");
            f[9] = Double.toString(Double.parseDouble(f[9]) + 1e-9);
            lines.set(11, String.join(",", f));
            return lines;
        });
        Run run = run("replay", resource("custom_goddard_01.csv").toString(), corrupted.toString());
        assertEquals(Lrpg.EXIT_CHECK_FAILED, run.exitCode(), run::toString);
        assertEquals("", run.err());
        List<String> lines = run.out().lines().collect(Collectors.toList());
        assertTrue(lines.get(0).startsWith("PASS"), lines.get(0));
        assertTrue(lines.get(1).startsWith("FAIL  " + corrupted), lines.get(1));
        assertTrue(lines.get(1).contains("first failure: row 10 (line 12) ns_theta"), lines.get(1));
        assertEquals("2 file(s): 1 passed, 1 failed", lines.get(2));
    }

    @Test
    void malformedCopyExits2NamingFileAndLine() throws IOException {
        Path malformed = copyWith("pendulum_v1_03.csv", "pendulum_v1_bad.csv", lines -> {
            lines.set(41, lines.get(41).replaceFirst("^40,[^,]*,", "40,0.1x,"));
            return lines;
        });
        Run run = run("replay", resource("custom_pendulum_01.csv").toString(), malformed.toString());
        assertOneLineUsageError(run, "lrpg replay: error: " + malformed + ":42: ",
                "unparsable number '0.1x' in column s_theta");
    }

    @Test
    void missingFileExits2() {
        Path missing = temp.resolve("custom_pendulum_99.csv");
        assertOneLineUsageError(run("replay", missing.toString()),
                "lrpg replay: error: " + missing + ": no such file");
    }

    @Test
    void unknownPrefixExits2() throws IOException {
        Path unknown = copyWith("custom_pendulum_01.csv", "cartpole_01.csv", lines -> lines);
        assertOneLineUsageError(run("replay", unknown.toString()),
                "lrpg replay: error: " + unknown + ": unknown file-name prefix", "custom_pendulum_", "env");
    }

    @Test
    void missingColumnExits2() throws IOException {
        Path file = copyWith("custom_goddard_01.csv", "custom_goddard_cut.csv", lines -> {
            lines.replaceAll(l -> l.substring(0, l.lastIndexOf(',')));
            return lines;
        });
        assertOneLineUsageError(run("replay", file.toString()),
                "lrpg replay: error: " + file + ":1: missing column 'ns_hmax'");
    }

    @Test
    void unknownColumnExits2() throws IOException {
        Path file = copyWith("custom_goddard_01.csv", "custom_goddard_typo.csv", lines -> {
            lines.set(0, lines.get(0).replace("gravity", "gravitty"));
            return lines;
        });
        assertOneLineUsageError(run("replay", file.toString()),
                "lrpg replay: error: " + file + ":1: unknown column 'gravitty'");
    }

    @Test
    void tooFewColumnsExits2() throws IOException {
        Path file = copyWith("acrobot_v1_04.csv", "acrobot_v1_short.csv", lines -> {
            lines.set(7, lines.get(7).substring(0, lines.get(7).lastIndexOf(',')));
            return lines;
        });
        assertOneLineUsageError(run("replay", file.toString()),
                "lrpg replay: error: " + file + ":8: too few columns: expected 20, found 19");
    }

    @Test
    void wrongEnvironmentForTheColumnsExits2() {
        Path file = resource("custom_pendulum_01.csv");
        assertOneLineUsageError(run("replay", "--env", "acrobot", file.toString()),
                "lrpg replay: error: " + file + ":1: unknown column 's_theta'");
    }

    @Test
    void unknownEnvironmentExits2() {
        assertOneLineUsageError(run("replay", "--env", "cartpole", resource("custom_pendulum_01.csv").toString()),
                "lrpg replay: error: ", "--env", "unknown environment 'cartpole'", "acrobot-v1");
    }

    @Test
    void unknownOptionExits2() {
        assertOneLineUsageError(run("replay", "--fast", resource("custom_pendulum_01.csv").toString()),
                "lrpg replay: error: ", "--fast", "lrpg replay --help");
    }

    @Test
    void missingFileArgumentExits2() {
        assertOneLineUsageError(run("replay"), "lrpg replay: error: ", "FILE");
    }

    @Test
    void paramsPrintsTheLegendAndTrueRatios() {
        Run run = run("params");
        assertEquals(Lrpg.EXIT_OK, run.exitCode());
        List<String> lines = run.out().lines().collect(Collectors.toList());
        assertEquals(4, lines.size(), run.out());
        assertTrue(lines.get(1).matches("pendulum\\s+208\\s+160\\s+4098\\s+3\\.90%\\s+5\\.08%"), lines.get(1));
        assertTrue(lines.get(2).matches("acrobot\\s+32\\s+16\\s+386\\s+4\\.15%\\s+8\\.29%"), lines.get(2));
        assertTrue(lines.get(3).matches("goddard\\s+80\\s+80\\s+1282\\s+6\\.24%\\s+6\\.24%"), lines.get(3));
        assertTrue(run("params", "--csv").out().contains("acrobot,32,16,386,0.041451,0.082902"));
    }

    @Test
    void unknownOrMissingCommandExits2() {
        assertOneLineUsageError(run("frobnicate"), "lrpg: error: ", "frobnicate");
        assertOneLineUsageError(run(), "lrpg: error: missing command");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "envs", "replay", "settings", "train", "reproduce", "status", "report", "params",
        "help"})
    void everyCommandHasHelpWithItsExitCodes(String command) {
        Run run = command.isEmpty() ? run("--help") : command.equals("help") ? run("help", "replay") : run(command, "--help");
        assertEquals(Lrpg.EXIT_OK, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: lrpg"), run::out);
        assertTrue(run.out().contains("Exit codes:"), run::out);
        for (String code : List.of("  0 ", "  1 ", "  2 ", "  70 ")) {
            assertTrue(run.out().contains(code), () -> "exit code" + code + "missing: " + run.out());
        }
        assertEquals("", run.err());
    }

    /** {@code lrpg settings}: the resolved settings, the variant, the differences and the counts, no training. */
    @Test
    void settingsPrintsTheResolvedVariant() throws IOException {
        Run paper = run("settings", "--env", "pendulum", "--model", "lowrank");
        assertEquals(Lrpg.EXIT_OK, paper.exitCode(), paper::toString);
        assertTrue(paper.out().startsWith("variant   pendulum/lowrank/paper\n"), paper.out());
        assertTrue(paper.out().contains("these are the paper's settings"), paper.out());
        assertTrue(paper.out().contains("params    actor 80 + critic 128 = 208 (σ: 1 more, 209 in all)"), paper.out());

        Run json = run("settings", "--env", "goddard", "--model", "nn", "--set", "hidden=64", "--json");
        assertEquals(Lrpg.EXIT_OK, json.exitCode(), json::toString);
        var tree = io.lrpg.results.Json.mapper().readTree(json.out());
        assertEquals(64, tree.path("settings").path("network").path("hidden").asInt());
        assertTrue(tree.path("variant").asText().startsWith("cfg-"));
        assertEquals("network.hidden", tree.path("differencesFromPaper").get(0).path("setting").asText());
        assertEquals(3 * 64 + 64 + 64 + 1, tree.path("parameterCount").path("actor").asInt());
        assertEquals(tree.path("variant").asText(), io.lrpg.results.SettingsHash.of(tree.path("settings")),
                "the id is the hash of exactly the settings printed");

        assertOneLineUsageError(run("settings", "--env", "pendulum", "--model", "nn", "--set", "rank=2"),
                "lrpg settings: error: ", "applies to the lowrank and tensor models, not nn");
    }

    @Test
    void statusCountsFinishedAgainstPlannedRuns() {
        Path out = temp.resolve("results");
        assertEquals(Lrpg.EXIT_OK, run("train", "--env", "acrobot", "--model", "lowrank", "--episodes", "5",
                "--runs", "3", "--out", out.toString()).exitCode());
        assertEquals(Lrpg.EXIT_OK, run("train", "--env", "acrobot", "--model", "lowrank", "--episodes", "5",
                "--runs", "2", "--seed", "10", "--out", out.toString(), "--shard", "2/2").exitCode());
        Run status = run("status", "--in", out.toString());
        assertEquals(Lrpg.EXIT_OK, status.exitCode(), status::toString);
        List<String> lines = status.out().lines().collect(Collectors.toList());
        assertTrue(lines.get(1).matches("acrobot/lowrank/cfg-[0-9a-f]{10}\\s+4\\s+5"), lines.get(1));
        assertTrue(lines.get(2).matches("all\\s+4\\s+5"), lines.get(2));
        assertTrue(lines.get(3).contains("completed   shard 1/1   trained 3, skipped 0"), lines.get(3));
        assertTrue(lines.get(4).contains("completed   shard 2/2   trained 1, skipped 0"), lines.get(4));
        assertOneLineUsageError(run("status", "--in", temp.resolve("missing").toString()), "lrpg status: error: ",
                "not a folder");
    }
}
