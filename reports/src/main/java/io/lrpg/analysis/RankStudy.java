package io.lrpg.analysis;

import io.lrpg.results.RunId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The rank study: are the functions the models learn low-rank?
 *
 * <p>For every run and each of its two functions (the policy's mean and the value baseline) the study evaluates the
 * rebuilt function at every point of its grid ({@link StoredRuns}, {@link StateGrid}) and measures:
 * <ul>
 *   <li><b>matrix</b>: the evaluations as the N × M matrix of the paper's grouping of state dimensions into rows and
 *       columns (pendulum θ × θ̇; acrobot (θ₁, θ₂) × (θ̇₁, θ̇₂); Goddard v × (h, m)); its singular values and the
 *       Eckart–Young errors e_r of the best rank-r approximations, r = 1 … min(15, N, M) ({@link Spectrum});</li>
 *   <li><b>cp</b>: the evaluations as a D-way tensor, one mode per state dimension; the relative Frobenius error of a
 *       rank-r CP fit, r = 1 … R, the best of a few seeded random starts of ALS ({@link CpAls}, {@link CpSettings}).</li>
 * </ul>
 *
 * <p>Choices:
 * <ul>
 *   <li>The mean is measured <b>before its transform</b>: z(s) with μ = f(z). f is the identity except on Goddard,
 *       where it is the sigmoid; it is monotone but not linear, so the rank of μ differs from that of z, and z is
 *       what the models represent (the low-rank model's z is exactly of rank ≤ k, its f(z) in general is not).</li>
 *   <li>The matrices and tensors are <b>not centred</b>: the errors are relative to ‖X‖ of the raw function. (The
 *       follow-up paper's script subtracts the mean first, which makes a constant offset cost nothing; here a
 *       constant is one rank.)</li>
 *   <li>A low-rank run is measured on its own grid, so its matrix is L Rᵀ itself and e_r ≈ 0 for r ≥ k. A network is
 *       measured on a finer grid over the same ranges ({@link StoredRuns#defaultPoints}).</li>
 * </ul>
 * A function with a non-finite value anywhere on its grid (a diverged run) is skipped and listed as such.
 */
public final class RankStudy {

    private RankStudy() {
    }

    /** Told when every function of one cell (environment/model/variant) is done; called from the calling thread. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param cell    {@code environment/model/variant}
         * @param runs    its runs
         * @param seconds wall time since the study started
         */
        void cellDone(String cell, int runs, double seconds);
    }

    /** A listener that ignores everything. */
    public static final Listener SILENT = (cell, runs, seconds) -> {
    };

    /**
     * A function that was not measured.
     *
     * @param run      the run
     * @param function the function
     * @param reason   why
     */
    public record Skipped(RunId run, StudiedFunction function, String reason) {
    }

    /**
     * The study's measurements.
     *
     * @param ranks   per run and function, in run order then mean before value
     * @param skipped functions that could not be measured
     */
    public record Result(List<FunctionRanks> ranks, List<Skipped> skipped) {
        public Result {
            ranks = List.copyOf(ranks);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Measures every function of every run, {@code settings.workers()} at a time. The results do not depend on the
     * number of workers.
     */
    public static Result run(List<RebuiltRun> runs, RankStudySettings settings, Listener listener) {
        Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        Map<String, List<Future<Outcome>>> byCell = new LinkedHashMap<>();
        Map<String, Integer> runsPerCell = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(settings.workers(), task -> {
            Thread thread = new Thread(task, "rank-study");
            thread.setDaemon(true);
            return thread;
        });
        List<FunctionRanks> ranks = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        try {
            for (RebuiltRun run : runs) {
                String cell = run.run().cell();
                runsPerCell.merge(cell, 1, Integer::sum);
                for (StudiedFunction function : StudiedFunction.values()) {
                    byCell.computeIfAbsent(cell, c -> new ArrayList<>())
                            .add(pool.submit(() -> measure(run, function, settings)));
                }
            }
            for (Map.Entry<String, List<Future<Outcome>>> cell : byCell.entrySet()) {
                for (Future<Outcome> future : cell.getValue()) {
                    Outcome outcome = get(future);
                    if (outcome.ranks() != null) {
                        ranks.add(outcome.ranks());
                    } else {
                        skipped.add(outcome.skipped());
                    }
                }
                listener.cellDone(cell.getKey(), runsPerCell.get(cell.getKey()), (System.nanoTime() - start) * 1e-9);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(ranks, skipped);
    }

    /** Exactly one of a measurement and a reason to skip. */
    private record Outcome(FunctionRanks ranks, Skipped skipped) {
    }

    private static Outcome get(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The measurements of one function, or why it was skipped. */
    private static Outcome measure(RebuiltRun run, StudiedFunction function, RankStudySettings settings) {
        StateGrid grid = run.grid(function);
        double[] tensor = grid.evaluate(run.function(function));
        for (double x : tensor) {
            if (!Double.isFinite(x)) {
                return new Outcome(null, new Skipped(run.run(), function, "non-finite value " + x + " on the grid"));
            }
        }
        return new Outcome(measure(run.run(), function, grid, run.modelRank(), tensor, settings), null);
    }

    /** The measurements of given evaluations (tensor order, all finite). */
    public static FunctionRanks measure(RunId run, StudiedFunction function, StateGrid grid,
            OptionalInt modelRank, double[] tensor, RankStudySettings settings) {
        Spectrum spectrum = Spectrum.of(grid.toMatrix(tensor), grid.rows(), grid.columns());
        int reported = Math.min(FunctionRanks.MATRIX_RANKS, spectrum.size());
        double[] errors = Arrays.copyOfRange(spectrum.errors(), 1, reported + 1);
        CpAls cp = new CpAls(tensor, grid.shape());
        CpAls.Fit[] fits = new CpAls.Fit[settings.maxRank()];
        for (int r = 1; r <= fits.length; r++) {
            fits[r - 1] = cp.fit(r, settings.cp());
        }
        return new FunctionRanks(run, function, grid, modelRank, spectrum, errors, fits);
    }
}
