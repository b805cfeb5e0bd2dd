package io.lrpg.report.stats;

/**
 * How learning curves are prepared before the per-episode statistic ({@link SampleEfficiencyCurves}).
 *
 * @param smoothingHalfWindow h ≥ 0: each run's curve is replaced by its centred moving average over
 *                            [e − h, e + h], cut to the common episodes [0, L) near the ends (the mean of the
 *                            episodes that exist there); h = 0 leaves the curve as it is
 * @param stride              k ≥ 1: the statistic is evaluated at episodes 0, k, 2k, … &lt; L and at the last
 *                            common episode L − 1 (decimation after smoothing, so no episode is skipped by the
 *                            average)
 */
public record CurveSettings(int smoothingHalfWindow, int stride) {

    /** No smoothing, every episode. */
    public static final CurveSettings RAW = new CurveSettings(0, 1);

    public CurveSettings {
        if (smoothingHalfWindow < 0) {
            throw new IllegalArgumentException("smoothingHalfWindow must be >= 0, was " + smoothingHalfWindow);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be >= 1, was " + stride);
        }
    }

    /**
     * The smallest stride that evaluates at most {@code maxPoints} ≥ 2 episodes out of {@code episodes}:
     * k = max(1, ⌈(L − 1)/(maxPoints − 1)⌉), which gives ⌊(L − 1)/k⌋ + 1 ≤ maxPoints points, the last episode
     * included or added within the bound.
     */
    public static int strideFor(int episodes, int maxPoints) {
        if (episodes < 1 || maxPoints < 2) {
            throw new IllegalArgumentException("need episodes >= 1 and maxPoints >= 2, had " + episodes + " and "
                    + maxPoints);
        }
        return Math.max(1, (int) ((episodes - 1 + (long) maxPoints - 2) / (maxPoints - 1)));
    }
}
