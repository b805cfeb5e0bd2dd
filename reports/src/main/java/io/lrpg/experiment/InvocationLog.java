package io.lrpg.experiment;

import io.lrpg.results.Invocation;
import io.lrpg.results.Provenance;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running record of one command in a results folder ({@link Invocation}). It is written when the command starts
 * (outcome {@code running}), so even a command killed by SIGKILL leaves a trace, and again when it finishes,
 * fails or is interrupted by a signal. Thread-safe; {@link #finish} takes effect once.
 */
public final class InvocationLog {

    /** Distinguishes the invocations one process starts within one second (tests run several in one JVM). */
    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE =
            new java.util.concurrent.atomic.AtomicInteger();

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final RunStore store;
    private final String name;
    private final String command;
    private final Instant started = Instant.now();
    private final long startNanos = System.nanoTime();
    private final String shard;
    private final RunPlan plan;
    private final int workers;
    private final Provenance provenance;
    private final AtomicInteger trained = new AtomicInteger();
    private final int skipped;
    private boolean finished;

    InvocationLog(RunStore store, String command, RunPlan plan, Shard shard, int workers, int skipped,
            Provenance provenance) {
        this.store = store;
        this.name = STAMP.format(started) + "-" + safe(provenance.host()) + "-" + ProcessHandle.current().pid() + "-"
                + String.format("%04d", SEQUENCE.incrementAndGet());
        this.command = command;
        this.plan = plan;
        this.shard = shard.toString();
        this.workers = workers;
        this.skipped = skipped;
        this.provenance = provenance;
        write("running");
    }

    /** The invocation's name (the file name without extension), recorded in each run it trains. */
    public String name() {
        return name;
    }

    /** Counts one more trained and written run. */
    void runTrained() {
        trained.incrementAndGet();
    }

    /** Runs trained so far. */
    public int trained() {
        return trained.get();
    }

    /** Runs of the shard that were already done when the command started. */
    public int skipped() {
        return skipped;
    }

    /**
     * Records the outcome ({@code completed}, {@code interrupted} or {@code failed}) unless one is recorded already.
     *
     * @return whether this call recorded it
     */
    public synchronized boolean finish(String outcome) {
        if (finished) {
            return false;
        }
        finished = true;
        write(outcome);
        return true;
    }

    private void write(String outcome) {
        new Invocation(name, command, started.toString(), Instant.now().toString(), outcome,
                (System.nanoTime() - startNanos) * 1e-9, trained.get(), skipped, shard, plan.cells(), workers,
                Provenance.peakResidentMiB(), provenance).write(store.folder());
    }

    private static String safe(String host) {
        String s = host == null ? "unknown" : host.replaceAll("[^A-Za-z0-9.-]", "_");
        return s.isEmpty() ? "unknown" : s;
    }
}
