package io.lrpg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./lrpg} launcher on the shaded jar (run by failsafe after {@code package}): when the JVM of a training
 * command dies of a signal, as libnd4j's rare native crashes make it, the launcher starts the same command again
 * and the resumed results are the bits of an uninterrupted command; a SIGTERM is passed on, never retried.
 */
class LauncherIT {

    @TempDir
    Path temp;

    private static final Path LAUNCHER = Path.of("..", "lrpg").toAbsolutePath().normalize();

    private static List<String> goddard(Path out) {
        return List.of("train", "--env", "goddard", "--model", "lowrank", "--episodes", "3000", "--runs", "4",
                "--workers", "1", "--out", out.toString());
    }

    private Process launch(List<String> args, Path log) throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " missing");
        // no core file (ulimit; the JVM still aborts with SIGABRT, exit status 134, as it does on a real crash:
        // -XX:-CreateCoredumpOnCrash would make it exit with status 1 instead), and the crash report goes into
        // the test folder
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "ulimit -c 0; exec \"$0\" \"$@\"",
                LAUNCHER.toString());
        builder.command().addAll(args);
        builder.environment().put("LRPG_JAVA_OPTS", "-XX:ErrorFile=" + temp.resolve("hs_err_%p.log"));
        builder.environment().put("LRPG_RETRIES", "2");
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The JVM the launcher started (its child process). */
    private static ProcessHandle jvm(Process launcher) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            Optional<ProcessHandle> child = launcher.toHandle().children()
                    .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false)).findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the launcher started no JVM");
    }

    private static void signal(String signal, ProcessHandle process) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor());
    }

    @Test
    void aJvmThatDiesOfASignalIsRestartedAndTheResultsAreTheSame() throws Exception {
        Path reference = temp.resolve("reference");
        CliRun.of(goddard(reference)).ok();

        Path out = temp.resolve("crashed");
        Path log = temp.resolve("launcher.log");
        Process launcher = launch(goddard(out), log);
        ProcessHandle first = jvm(launcher);
        assertTrue(awaitRun(out, launcher), () -> CliRun.read(log));
        signal("SEGV", first);
        assertTrue(launcher.waitFor(300, TimeUnit.SECONDS), () -> "the launcher did not finish: " + CliRun.read(log));
        String said = CliRun.read(log);
        assertEquals(0, launcher.exitValue(), said);
        assertTrue(said.matches("(?s).*lrpg: the JVM died \\(exit status 1[0-9]{2}\\); resuming the same command "
                + "\\(restart 1 of 2\\).*"), said);
        assertTrue(said.contains("already done"), said);
        assertEquals(CliRun.resultFiles(reference), CliRun.resultFiles(out));
    }

    @Test
    void aSigtermIsPassedOnAndNotRetried() throws Exception {
        Path out = temp.resolve("terminated");
        Path log = temp.resolve("launcher.log");
        Process launcher = launch(goddard(out), log);
        ProcessHandle jvm = jvm(launcher);
        assertTrue(awaitRun(out, launcher), () -> CliRun.read(log));
        signal("TERM", jvm);
        assertTrue(launcher.waitFor(60, TimeUnit.SECONDS));
        String said = CliRun.read(log);
        assertEquals(143, launcher.exitValue(), said);
        assertTrue(said.contains("interrupted; kept"), said);
        assertTrue(!said.contains("resuming"), said);
    }

    /**
     * A run records the commit its code was built from, not the commit of whatever git working tree the command
     * happens to run in: the jar is started from inside another repository (as a frozen copy of the jar run from
     * a working tree that has moved on did, recording the wrong commit for 88 runs of reports/paper-full).
     */
    @Test
    void aRunRecordsTheCommitItsCodeWasBuiltFromWhereverItRuns() throws Exception {
        String built = git(LAUNCHER.getParent(), "rev-parse", "HEAD");
        Path elsewhere = Files.createDirectories(temp.resolve("another-repository"));
        git(elsewhere, "init", "-q");
        Files.writeString(elsewhere.resolve("file"), "x");
        git(elsewhere, "add", "file");
        git(elsewhere, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "another commit");
        String other = git(elsewhere, "rev-parse", "HEAD");
        assertTrue(!other.equals(built));

        Path log = temp.resolve("launcher.log");
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "train", "--env", "pendulum", "--model",
                "lowrank", "--episodes", "5", "--runs", "1", "--out", "out").directory(elsewhere.toFile());
        Process launcher = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(launcher.waitFor(120, TimeUnit.SECONDS), () -> CliRun.read(log));
        assertEquals(0, launcher.exitValue(), () -> CliRun.read(log));
        Path record;
        try (var files = Files.walk(elsewhere.resolve("out"))) {
            record = files.filter(f -> f.getFileName().toString().equals("seed-0.json")).findFirst().orElseThrow();
        }
        var provenance = new com.fasterxml.jackson.databind.ObjectMapper().readTree(record.toFile()).get("provenance");
        assertEquals(built, provenance.get("gitCommit").asText(), provenance::toString);
    }

    /** {@code LRPG_JAR} runs another build with the launcher's settings; a missing one is bad input (one line, 2). */
    @Test
    void lrpgJarRunsAnotherBuild() throws Exception {
        Path copy = Files.copy(LAUNCHER.getParent().resolve("reports/target/lrpg.jar"), temp.resolve("other.jar"));
        Path out = temp.resolve("out");
        Path log = temp.resolve("other.log");
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "train", "--env", "pendulum", "--model",
                "lowrank", "--episodes", "5", "--runs", "1", "--out", out.toString());
        builder.environment().put("LRPG_JAR", copy.toString());
        Process launcher = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(launcher.waitFor(120, TimeUnit.SECONDS), () -> CliRun.read(log));
        assertEquals(0, launcher.exitValue(), () -> CliRun.read(log));
        assertTrue(Files.exists(out.resolve("runs/pendulum/lowrank")), () -> CliRun.read(log));

        Files.delete(copy);
        Path missing = temp.resolve("missing.log");
        builder.redirectOutput(missing.toFile());
        Process refused = builder.start();
        assertTrue(refused.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, refused.exitValue(), () -> CliRun.read(missing));
        assertEquals(List.of("lrpg: LRPG_JAR=" + copy + " is not a file"), Files.readAllLines(missing));
    }

    private static String git(Path directory, String... arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertEquals(0, git.waitFor(), out);
        return out;
    }

    /** Waits until the first run of the folder is written (or the launcher ends). */
    private static boolean awaitRun(Path out, Process launcher) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (launcher.isAlive() && System.nanoTime() < deadline) {
            try (var files = Files.walk(out)) {
                if (files.anyMatch(p -> p.getFileName().toString().equals("seed-0.json"))) {
                    return true;
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // the folder does not exist yet
            }
            Thread.sleep(10);
        }
        return false;
    }
}
