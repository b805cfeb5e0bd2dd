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
    void envsListsTheFiveIdsWithTheirSpaces() {
        Run run = run("envs");
        assertEquals(Lrpg.EXIT_OK, run.exitCode());
        assertEquals("", run.err());
        for (String id : List.of("pendulum ", "pendulum-v1 ", "acrobot ", "acrobot-v1 ", "goddard ")) {
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
    void unknownOrMissingCommandExits2() {
        assertOneLineUsageError(run("frobnicate"), "lrpg: error: ", "frobnicate");
        assertOneLineUsageError(run(), "lrpg: error: missing command");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "envs", "replay", "train", "help"})
    void everyCommandHasHelp(String command) {
        Run run = command.isEmpty() ? run("--help") : command.equals("help") ? run("help", "replay") : run(command, "--help");
        assertEquals(Lrpg.EXIT_OK, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: lrpg"), run::out);
        assertEquals("", run.err());
    }
}
