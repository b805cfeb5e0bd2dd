package io.lrpg.core.env;

import java.util.Arrays;

/**
 * An axis-aligned box {@code low[d] ≤ x[d] ≤ high[d]} in ℝⁿ (Gymnasium's {@code Box}). Bounds may be
 * infinite; they may not be NaN.
 *
 * @param low  lower bounds, copied on construction
 * @param high upper bounds, copied on construction
 */
public record Box(double[] low, double[] high) {

    public Box {
        if (low.length == 0 || low.length != high.length) {
            throw new IllegalArgumentException(
                    "low and high must have the same positive length, were " + low.length + " and " + high.length);
        }
        low = low.clone();
        high = high.clone();
        for (int d = 0; d < low.length; d++) {
            if (!(low[d] <= high[d])) { // also rejects NaN
                throw new IllegalArgumentException(
                        "need low <= high in dimension " + d + ", was [" + low[d] + ", " + high[d] + "]");
            }
        }
    }

    /** A box with the same bounds in every one of {@code dimension} dimensions. */
    public static Box uniform(int dimension, double low, double high) {
        double[] lo = new double[dimension];
        double[] hi = new double[dimension];
        Arrays.fill(lo, low);
        Arrays.fill(hi, high);
        return new Box(lo, hi);
    }

    /** The number of dimensions n. */
    public int dimension() {
        return low.length;
    }

    /** A copy of the lower bounds. */
    @Override
    public double[] low() {
        return low.clone();
    }

    /** A copy of the upper bounds. */
    @Override
    public double[] high() {
        return high.clone();
    }

    /** Lower bound of dimension {@code d}. */
    public double low(int d) {
        return low[d];
    }

    /** Upper bound of dimension {@code d}. */
    public double high(int d) {
        return high[d];
    }

    /** Whether {@code x} has this box's dimension and lies inside it (bounds included; NaN is outside). */
    public boolean contains(double[] x) {
        if (x.length != low.length) {
            return false;
        }
        for (int d = 0; d < x.length; d++) {
            if (!(x[d] >= low[d] && x[d] <= high[d])) {
                return false;
            }
        }
        return true;
    }

    /** {@code clip(x, low[d], high[d]) = min(max(x, low[d]), high[d])}, the order NumPy's clip uses. */
    public double clip(int d, double x) {
        return Math.min(Math.max(x, low[d]), high[d]);
    }

    /**
     * Returns a clipped copy of {@code x}.
     *
     * @param x (input) a point of this box's dimension; not modified
     */
    public double[] clip(double[] x) {
        if (x.length != low.length) {
            throw new IllegalArgumentException("expected length " + low.length + ", was " + x.length);
        }
        double[] clipped = new double[x.length];
        for (int d = 0; d < x.length; d++) {
            clipped[d] = clip(d, x[d]);
        }
        return clipped;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Box b && Arrays.equals(low, b.low) && Arrays.equals(high, b.high);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(low) + Arrays.hashCode(high);
    }

    @Override
    public String toString() {
        return "Box(" + Arrays.toString(low) + ", " + Arrays.toString(high) + ")";
    }
}
