package io.lrpg.experiment;

import io.lrpg.results.Provenance;
import io.lrpg.results.RunId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one runner behind {@code train}, {@code reproduce} and {@code sweep}: trains the runs of a plan that are not in
 * the results folder yet, side by side on a fixed number of worker threads, and writes each run atomically as soon
 * as it finishes.
 *
 * <p>Running the same plan again skips every finished run, so a command killed by any signal (SIGKILL included)
 * loses only the runs in flight, and resuming gives the same bits as an uninterrupted command: each run depends
 * only on its variant and seed ({@link Models#train}), never on the number of workers or on what ran beside it.
 * Before anything is written, every run of the whole plan (all shards) that is already in the folder is checked
 * against the plan's settings; a conflict throws {@link ExperimentInputException}, in every shard.
 */
public final class Runner {

    /** What the runner reports while it works; episode and run calls come from worker threads. */
    public interface Listener {
        /** Training is about to start. */
        default void started(Started started) {
        }

        /** One more episode finished in some run. */
        default void episodeDone() {
        }

        /** A run was trained and written. */
        default void runWritten(RunOutcome outcome) {
        }

        /** A listener that tells {@code listeners} everything, in order. */
        static Listener all(Listener... listeners) {
            List<Listener> list = List.of(listeners);
            return new Listener() {
                @Override
                public void started(Started started) {
                    list.forEach(l -> l.started(started));
                }

                @Override
                public void episodeDone() {
                    list.forEach(Listener::episodeDone);
                }

                @Override
                public void runWritten(RunOutcome outcome) {
                    list.forEach(l -> l.runWritten(outcome));
                }
            };
        }
    }

    /** A listener that does nothing. */
    public static final Listener SILENT = new Listener() {
    };

    /**
     * What a command is about to do.
     *
     * @param planned         runs in the whole plan
     * @param inShard         runs of the plan in this shard
     * @param alreadyDone     runs of the shard already in the folder
     * @param toTrain         runs to train now
     * @param episodesToTrain episodes of the runs to train, for progress
     * @param workers         runs trained side by side
     * @param invocation      the invocation log of this command
     */
    public record Started(int planned, int inShard, int alreadyDone, int toTrain, long episodesToTrain, int workers,
            InvocationLog invocation) {
    }

    /**
     * A run trained and written by this command.
     *
     * @param id          the run
     * @param episodes    episodes recorded
     * @param finalReturn the last episode's return
     * @param diverged    whether it stopped on a non-finite return
     * @param wallSeconds its training time
     */
    public record RunOutcome(RunId id, int episodes, double finalReturn, boolean diverged, double wallSeconds) {
    }

    /**
     * What a command did.
     *
     * @param trained the runs it trained, in the plan's order
     * @param skipped the runs of its shard that were already finished
     * @param invocation its invocation log
     * @param wallSeconds its wall time
     */
    public record Summary(List<RunOutcome> trained, List<RunId> skipped, InvocationLog invocation,
            double wallSeconds) {
    }

    private final int workers;
    private final String command;

    /**
     * @param workers runs trained side by side, {@code > 0}
     * @param command the command line, recorded in the invocation log (the runner does not read it)
     */
    public Runner(int workers, String command) {
        if (workers <= 0) {
            throw new IllegalArgumentException("workers must be > 0, was " + workers);
        }
        this.workers = workers;
        this.command = command;
    }

    /** One worker per available processor. */
    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Trains the runs of {@code shard} of {@code plan} that are not finished in {@code store}.
     *
     * @throws ExperimentInputException if the folder holds a run of the plan with other settings (nothing is written)
     * @throws IllegalStateException    wrapping the first failure of a run; the other runs are stopped, and every
     *                                  run finished before is kept
     */
    public Summary run(RunPlan plan, Shard shard, RunStore store, Listener listener) {
        long start = System.nanoTime();
        List<RunRequest> mine = plan.shard(shard);
        for (RunRequest request : plan.runs()) {
            store.isDone(request); // every run of the plan, not only this shard's: a conflict stops every shard
        }
        List<RunRequest> pending = new ArrayList<>();
        List<RunId> skipped = new ArrayList<>();
        for (RunRequest request : mine) {
            if (store.isDone(request)) {
                skipped.add(request.id());
            } else {
                pending.add(request);
            }
        }
        store.clean(pending); // temporary files of runs a killed command left half-written
        Provenance provenance = Provenance.ofThisProcess();
        InvocationLog log = new InvocationLog(store, command, plan, shard, workers, skipped.size(), provenance);
        long episodes = pending.stream().mapToLong(r -> r.variant().episodes()).sum();
        listener.started(new Started(plan.runs().size(), mine.size(), skipped.size(), pending.size(), episodes,
                workers, log));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(workers, pending.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "lrpg-run");
                    thread.setDaemon(true); // a signal ends the process without waiting for runs in flight
                    return thread;
                });
        try {
            List<Future<RunOutcome>> futures = new ArrayList<>();
            for (RunRequest request : pending) {
                futures.add(pool.submit(() -> trainAndWrite(request, store, log, provenance, listener)));
            }
            List<RunOutcome> trained = new ArrayList<>();
            for (Future<RunOutcome> future : futures) {
                trained.add(future.get());
            }
            log.finish("completed");
            return new Summary(trained, skipped, log, (System.nanoTime() - start) * 1e-9);
        } catch (ExecutionException e) {
            log.finish("failed");
            Throwable cause = e.getCause();
            throw new IllegalStateException("a run failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.finish("interrupted");
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunOutcome trainAndWrite(RunRequest request, RunStore store, InvocationLog log,
            Provenance provenance, Listener listener) {
        long start = System.nanoTime();
        Models.TrainedRun run = Models.train(request.variant(), request.seed(), record -> listener.episodeDone());
        double wallSeconds = (System.nanoTime() - start) * 1e-9;
        store.write(request, run, wallSeconds, log.name(), provenance);
        log.runTrained();
        double[] returns = run.curve().returns();
        RunOutcome outcome = new RunOutcome(request.id(), returns.length, returns[returns.length - 1],
                run.curve().diverged(), wallSeconds);
        listener.runWritten(outcome);
        return outcome;
    }
}
