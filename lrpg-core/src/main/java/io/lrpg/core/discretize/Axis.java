package io.lrpg.core.discretize;

/**
 * One state dimension of a uniform grid: the range [low, high] and the number n of grid points on it,
 * both ends included.
 *
 * <p>A state component s is mapped to the nearest grid point (docs/paper.md §1.2, ambiguity A6):
 * <pre>
 *   q(s) = rint( (clip(s, low, high) − low) / (high − low) · (n − 1) )  ∈ {0, …, n − 1}
 * </pre>
 * {@code rint} rounds half to even, like NumPy's {@code round}: with n = 2 on [−1, 1], s = 0 gives 0.5,
 * which rounds to 0. The two outer cells are therefore half as wide as the inner ones.
 *
 * @param low     the lower end of the range, finite
 * @param high    the upper end, finite and {@code > low}
 * @param buckets n ≥ 1, the number of grid points (the reference code's "buckets")
 */
public record Axis(double low, double high, int buckets) {

    public Axis {
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) { // also rejects NaN
            throw new IllegalArgumentException("need finite low < high, was [" + low + ", " + high + "]");
        }
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be >= 1, was " + buckets);
        }
    }

    /**
     * The grid index q(s) of a state component. ±∞ is clipped like any value out of range. NaN maps to 0
     * rather than throwing, so that a diverging run stays data: its states and rewards turn NaN and the
     * trainer stops it and marks it diverged (NumPy would produce an invalid index instead).
     */
    public int index(double s) {
        // q = rint((clip(s) − lo) / (hi − lo) · (n − 1)), evaluated in the reference's order
        double clipped = Math.min(Math.max(s, low), high);
        return (int) Math.rint((clipped - low) / (high - low) * (buckets - 1)); // (int) NaN = 0
    }
}
