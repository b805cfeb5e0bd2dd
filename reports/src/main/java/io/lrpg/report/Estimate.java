package io.lrpg.report;

import io.lrpg.report.stats.IntervalEstimate;
import io.lrpg.report.stats.IntervalMethod;
import java.util.Objects;

/**
 * One statistic with both bootstrap intervals, from the same resamples.
 *
 * @param percentile the percentile interval
 * @param bca        the BCa interval (method PERCENTILE where BCa is undefined: fewer than two runs in a stratum, or
 *                   every replicate on one side of the estimate)
 */
public record Estimate(IntervalEstimate percentile, IntervalEstimate bca) {

    public Estimate {
        Objects.requireNonNull(percentile, "percentile");
        Objects.requireNonNull(bca, "bca");
    }

    /** The interval of a method. */
    public IntervalEstimate get(IntervalMethod method) {
        return method == IntervalMethod.BCA ? bca : percentile;
    }

    /** The point estimate (the same for both). */
    public double estimate() {
        return percentile.estimate();
    }
}
