package io.lrpg.analysis;

import java.util.Objects;

/**
 * How {@link CpAls} fits one rank: from {@code starts} starts, each run for at most {@code maxIterations} sweeps,
 * keeping the fit with the smallest error.
 *
 * <p>Starts: with {@link Initialization#SVD_FIRST} start 0 takes, for every mode, the leading left singular vectors of
 * the tensor's unfolding (tensorly's {@code init="svd"}, which the follow-up paper's rank exploration uses; Gaussian
 * columns where the rank exceeds them) and the other starts are seeded Gaussian; with {@link Initialization#RANDOM}
 * every start is seeded Gaussian.
 *
 * <p>Stopping rule of one start, checked after every sweep t ≥ 2 with the relative error e_t = ‖X − X̂_t‖/‖X‖: stop
 * when e_t ≤ {@link #EXACT} (an exact fit to rounding), or when the sweep improved the error by less than
 * {@code tolerance} relative to the previous error, e_{t−1} − e_t ≤ tolerance · e_{t−1}, or after
 * {@code maxIterations} sweeps.
 *
 * <p>Compression: ALS runs on the core of a truncated higher-order SVD of the tensor (per mode, the left singular
 * vectors of the unfolding that hold all but (compression² / D)·‖X‖² of its energy), so that
 * ‖X − X̃‖ ≤ compression · ‖X‖ for the compressed tensor X̃; the reported error is always computed on X itself.
 * 0 keeps every direction (no truncation).
 *
 * @param initialization how the starts begin
 * @param starts         starts per rank, &gt; 0
 * @param maxIterations  sweeps per start at most, &gt; 0
 * @param tolerance      the relative-improvement threshold, in [0, 1)
 * @param compression    the relative truncation of the compression, in [0, 1)
 * @param seed           the seed of the starts' random numbers (see {@link CpAls#fit})
 */
public record CpSettings(Initialization initialization, int starts, int maxIterations, double tolerance,
        double compression, long seed) {

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
     * The rank study's choice: an SVD start and 2 random starts, at most 1000 sweeps, tolerance 1e-8, compression
     * 1e-8, seed 0.
     */
    public static final CpSettings DEFAULT = new CpSettings(Initialization.SVD_FIRST, 3, 1000, 1e-8, 1e-8, 0L);

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
        if (!(compression >= 0.0 && compression < 1.0)) {
            throw new IllegalArgumentException("compression must be in [0, 1), was " + compression);
        }
    }

    /** These settings with another number of sweeps and tolerance. */
    public CpSettings withStopping(int newMaxIterations, double newTolerance) {
        return new CpSettings(initialization, starts, newMaxIterations, newTolerance, compression, seed);
    }
}
