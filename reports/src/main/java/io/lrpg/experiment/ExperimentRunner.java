package io.lrpg.experiment;

import io.lrpg.core.train.LearningCurve;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs independent training runs side by side on a fixed number of worker threads.
 *
 * <p>Each run draws only from the streams of its own seed, so its results do not depend on how many
 * workers there are or on which runs share the machine. Results come back in the order of the specs.
 */
public final class ExperimentRunner {

    /** What the runner reports while it works; called from worker threads. */
    public interface Progress {
        /** One more episode finished somewhere. */
        void episodeDone(long episodesDoneInAll);

        /** One run finished. */
        void runDone(RunResult result);
    }

    /** A progress listener that does nothing. */
    public static final Progress SILENT = new Progress() {
        @Override
        public void episodeDone(long episodesDoneInAll) {
        }

        @Override
        public void runDone(RunResult result) {
        }
    };

    private final int workers;

    /** @param workers the number of runs trained at the same time, {@code > 0} */
    public ExperimentRunner(int workers) {
        if (workers <= 0) {
            throw new IllegalArgumentException("workers must be > 0, was " + workers);
        }
        this.workers = workers;
    }

    /** One worker per available processor. */
    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Trains every spec and returns the results in spec order.
     *
     * @throws IllegalStateException wrapping the first failure of a run; the other runs are cancelled
     */
    public List<RunResult> run(List<RunSpec> specs, RunTrainer trainer, Progress progress) {
        AtomicLong episodes = new AtomicLong();
        Consumer<io.lrpg.core.train.EpisodeRecord> onEpisode =
                record -> progress.episodeDone(episodes.incrementAndGet());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, Math.max(1, specs.size())), runnable -> {
            Thread thread = new Thread(runnable, "lrpg-run");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (RunSpec spec : specs) {
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    LearningCurve curve = trainer.train(spec, onEpisode);
                    RunResult result = new RunResult(spec, curve, (System.nanoTime() - start) * 1e-9);
                    progress.runDone(result);
                    return result;
                }));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
