package io.lrpg.report.stats;

import java.util.Arrays;

/**
 * Percentiles with numpy's default definition ({@code numpy.percentile(x, q)}, method {@code "linear"}, Hyndman
 * and Fan type 7), evaluated in numpy's own operation order so that results agree to the last bit or two.
 *
 * <p>For sorted values x₀ ≤ … ≤ x_{n−1} and q ∈ [0, 100], with p = q/100, h = (n − 1)·p, j = ⌊h⌋, g = h − j:
 * <pre>
 *   percentile = x_{n−1}                              if h ≥ n − 1
 *              = x_j + (x_{j+1} − x_j)·g              if g &lt; ½
 *              = x_{j+1} − (x_{j+1} − x_j)·(1 − g)    if g ≥ ½      (numpy's {@code _lerp})
 * </pre>
 * (A local copy of the definition {@code io.lrpg.report.Percentiles} uses, so that this package depends on
 * nothing else in the project.)
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The q-th percentile of {@code values} (any order; not modified).
     *
     * @throws IllegalArgumentException if {@code values} is empty or holds a non-finite value, or q ∉ [0, 100]
     */
    public static double percentile(double[] values, double q) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("values[" + i + "] is not finite: " + values[i]);
            }
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, 0, sorted.length, q);
    }

    /** The median (numpy: the mean of the two middle values when n is even, as the 50th percentile above). */
    public static double median(double[] values) {
        return percentile(values, 50);
    }

    /**
     * The q-th percentile of the ascending values {@code sorted[from .. from + n)}; allocates nothing.
     *
     * @throws IllegalArgumentException if n &lt; 1 or q ∉ [0, 100]
     */
    public static double ofSorted(double[] sorted, int from, int n, double q) {
        checkPercent(q);
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        double h = (n - 1) * (q / 100.0);
        if (h >= n - 1) {
            return sorted[from + n - 1];
        }
        int j = (int) Math.floor(h);
        return lerp(sorted[from + j], sorted[from + j + 1], h - j);
    }

    /**
     * The q-th percentile of a weighted multiset without expanding it: item {@code order[k]} for k ∈ [from, to)
     * has value {@code values[order[k]]}, appears {@code weights[order[k]]} ≥ 0 times, and the items are listed
     * by increasing value; {@code total} is the sum of their weights (the expanded size n ≥ 1). Equal to
     * {@link #ofSorted} on the expanded multiset. Allocates nothing.
     */
    static double ofWeighted(int[] order, int from, int to, double[] values, int[] weights, int total, double q) {
        double h = (total - 1) * (q / 100.0);
        if (h >= total - 1) {
            return orderStatistic(order, from, to, values, weights, total - 1);
        }
        int j = (int) Math.floor(h);
        // x_j and x_{j+1} of the expanded multiset in one walk: the item holding position j, then the next one
        // with a non-zero weight if position j is that item's last copy.
        long seen = 0;
        for (int k = from; k < to; k++) {
            int item = order[k];
            seen += weights[item];
            if (seen > j) {
                double low = values[item];
                if (seen > j + 1) {
                    return lerp(low, low, h - j);
                }
                for (int next = k + 1; next < to; next++) {
                    if (weights[order[next]] > 0) {
                        return lerp(low, values[order[next]], h - j);
                    }
                }
                break;
            }
        }
        throw new IllegalArgumentException("weights total less than " + total);
    }

    /** The k-th smallest (from 0) element of the weighted multiset of {@link #ofWeighted}. */
    static double orderStatistic(int[] order, int from, int to, double[] values, int[] weights, int k) {
        long seen = 0;
        for (int i = from; i < to; i++) {
            seen += weights[order[i]];
            if (seen > k) {
                return values[order[i]];
            }
        }
        throw new IllegalArgumentException("order statistic " + k + " beyond the multiset size " + seen);
    }

    /** numpy's {@code _lerp(a, b, t)}: a + (b − a)·t for t &lt; ½, b − (b − a)·(1 − t) otherwise. */
    static double lerp(double a, double b, double t) {
        double difference = b - a;
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
    }

    static void checkPercent(double q) {
        if (!(q >= 0 && q <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], was " + q);
        }
    }
}
