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

    private static void checkQ(double q) {
        if (!(q >= 0 && q <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], was " + q);
        }
    }
}
