package io.lrpg.cli;

import io.lrpg.experiment.InvocationLog;
import io.lrpg.experiment.Runner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a training command says and records when a signal (Ctrl-C, SIGTERM, a scheduler's time limit) stops it: the
 * invocation log is closed as {@code interrupted} and one line tells what was kept and how to resume. SIGKILL runs no
 * code; the folder is consistent anyway, and the same command resumes it. Installed for the duration of a
 * try-with-resources block; it learns the invocation log from the runner's {@code started} call.
 */
final class Interruption implements Runner.Listener, AutoCloseable {

    private final AtomicReference<InvocationLog> log = new AtomicReference<>();
    private final Thread hook;

    /** Installs the hook; pass this listener to the runner (with {@link Runner.Listener#all} beside others). */
    Interruption(String command, Path folder, PrintWriter err) {
        this.hook = new Thread(() -> {
            InvocationLog current = log.get();
            if (current != null && current.finish("interrupted")) {
                err.println(command + ": interrupted; kept " + current.trained() + " run(s) finished by this command in "
                        + folder + " (" + current.skipped() + " were there before); run the same command to resume");
                err.flush();
            }
        }, "lrpg-interruption");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void started(Runner.Started started) {
        log.set(started.invocation());
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs
        }
    }
}
