package io.lrpg.analysis;

import java.util.Objects;

/**
 * How {@link CpAls} fits one rank: from {@code starts} starts, each run for at most {@code maxIterations} sweeps,
 * keeping the fit with the smallest error.
 *
 * <p>Starts: with {@link Initialization#SVD_FIRST} start 0 takes, for every mode, the leading left singular vectors of
 * the tensor's unfolding (tensorly's {@code init="svd"}, which the follow-up paper's rank exploration uses; Gaussian
 * columns where the rank exceeds their number) and the other starts are seeded Gaussian; with
 * {@link Initialization#RANDOM} every start is seeded Gaussian.
 *
 * <p>Stopping rule of one start, checked after every sweep t (and its line search) with the relative error
 * e_t = ‖X − X̂_t‖/‖X‖: stop when e_t ≤ {@link #EXACT} (an exact fit to rounding), or, from t = 2 on, when the sweep
 * improved the error by less than {@code tolerance} relative to the previous error, e_{t−1} − e_t ≤ tolerance ·
 * e_{t−1}, or after {@code maxIterations} sweeps.
 *
 * @param initialization how the starts begin
 * @param starts         starts per rank, &gt; 0
 * @param maxIterations  sweeps per start at most, &gt; 0
 * @param tolerance      the relative-improvement threshold, in [0, 1)
 * @param seed           the seed of the starts' random numbers (see {@link CpAls#fit})
 */
public record CpSettings(Initialization initialization, int starts, int maxIterations, double tolerance, long seed) {

    /** How the first start begins. */
    public enum Initialization {
        /** Start 0 from the leading singular vectors of the unfoldings, the others random. */
        SVD_FIRST,
        /** Every start random. */
        RANDOM
    }

    /** Errors below this count as an exact fit. */
    public static final double EXACT = 1e-13;

    /**
     * The rank study's choice: an SVD start and 2 random starts, at most 100 sweeps each (tensorly's default cap),
     * tolerance 1e-8, seed 0.
     */
    public static final CpSettings DEFAULT = new CpSettings(Initialization.SVD_FIRST, 3, 100, 1e-8, 0L);

    public CpSettings {
        Objects.requireNonNull(initialization, "initialization");
        if (starts <= 0) {
            throw new IllegalArgumentException("starts must be > 0, was " + starts);
        }
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("maxIterations must be > 0, was " + maxIterations);
        }
        if (!(tolerance >= 0.0 && tolerance < 1.0)) {
            throw new IllegalArgumentException("tolerance must be in [0, 1), was " + tolerance);
        }
    }
}
