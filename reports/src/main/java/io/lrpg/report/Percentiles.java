package io.lrpg.report;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Percentiles with numpy's default definition ({@code numpy.percentile(x, q)}, method {@code "linear"}, Hyndman and
 * Fan type 7), which is what the paper's {@code 4_plot.py} and {@code 5_results.py} use.
 *
 * <p>For sorted values x<sub>0</sub> ≤ … ≤ x<sub>n−1</sub> and q ∈ [0, 100], let h = (n − 1)·q/100; the percentile is
 * x<sub>⌊h⌋</sub> + (h − ⌊h⌋)(x<sub>⌊h⌋+1</sub> − x<sub>⌊h⌋</sub>). Commons Math calls this
 * {@link Percentile.EstimationType#R_7}.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * The q-th percentile of {@code values} (numpy linear). Values must be finite and non-empty; q ∈ [0, 100].
     *
     * @throws IllegalArgumentException if {@code values} is empty, holds a non-finite value, or q is out of range
     */
    public static double of(double[] values, double q) {
        checkQ(q);
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("non-finite value " + v);
            }
        }
        if (q == 0) {
            return Arrays.stream(values).min().getAsDouble();
        }
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, q);
    }

    /** The median (numpy linear: the mean of the two middle values when n is even). */
    public static double median(double[] values) {
        return of(values, 50);
    }

    /**
     * The q-th percentile of a multiset given as distinct items with integer multiplicities, without expanding it:
     * item {@code order[i]} has value {@code values[order[i]]} and appears {@code weights[order[i]]} times, and
     * {@code order} lists the items by increasing value. Same definition as {@link #of(double[], double)} applied to
     * the expanded multiset; used by the run bootstrap, where one resample is a vector of multiplicities.
     *
     * @param total the sum of the weights (the expanded size n ≥ 1)
     */
    static double ofWeighted(int[] order, double[] values, int[] weights, int total, double q) {
        double h = (total - 1) * q / 100.0;
        int low = (int) Math.floor(h);
        double fraction = h - low;
        double lowValue = orderStatistic(order, values, weights, low);
        if (fraction == 0) {
            return lowValue;
        }
        double highValue = orderStatistic(order, values, weights, low + 1);
        return lowValue + fraction * (highValue - lowValue);
    }

    /** The k-th smallest (from 0) element of the weighted multiset. */
    private static double orderStatistic(int[] order, double[] values, int[] weights, int k) {
        int seen = 0;
        for (int item : order) {
            seen += weights[item];
            if (seen > k) {
                return values[item];
            }
        }
        throw new IllegalArgumentException("order statistic " + k + " beyond the multiset size " + seen);
    }

    private static void checkQ(double q) {
        if (!(q >= 0 && q <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], was " + q);
        }
    }
}
