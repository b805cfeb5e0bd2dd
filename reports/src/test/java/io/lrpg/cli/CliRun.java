package io.lrpg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One run of the command line, in-process with captured output, or as a child JVM; and the comparisons the
 * command tests share.
 *
 * @param exitCode the exit status
 * @param out      standard output
 * @param err      standard error
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code lrpg ARGS} in this JVM. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Lrpg.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs {@code lrpg ARGS} in this JVM. */
    static CliRun of(List<String> args) {
        return of(args.toArray(String[]::new));
    }

    /** Asserts a successful run. */
    CliRun ok() {
        assertEquals(Lrpg.EXIT_OK, exitCode, this::toString);
        return this;
    }

    /** Asserts bad input: exit 2, one line on stderr containing every fragment, no stack trace. */
    CliRun usageError(String... fragments) {
        assertEquals(Lrpg.EXIT_USAGE, exitCode, this::toString);
        assertEquals(1, err.lines().count(), err);
        for (String fragment : fragments) {
            assertTrue(err.contains(fragment), () -> "'" + fragment + "' missing in: " + err);
        }
        assertFalse(err.contains("\tat "), "no stack trace");
        return this;
    }

    /** A child JVM running {@code lrpg ARGS} with this JVM's class path, its output in {@code log}. */
    static Process child(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), Lrpg.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until {@code file} exists, the process ends or 180 s pass; returns whether the file exists. */
    static boolean awaitFile(Path file, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!Files.exists(file) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return Files.exists(file);
    }

    /**
     * The result files of a folder that must be the same bits whatever happened to the commands that wrote them:
     * every per-episode CSV and every trained-parameter file under {@code runs/}, by relative path. Run records
     * carry wall times and provenance, so only their presence is compared.
     */
    static Map<String, String> resultFiles(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder.resolve("runs"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.resolve("runs").relativize(file).toString();
                files.put(name, name.endsWith(".csv") || name.endsWith(".model.json") ? Files.readString(file)
                        : "(present)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The log of a child, for failure messages. */
    static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
