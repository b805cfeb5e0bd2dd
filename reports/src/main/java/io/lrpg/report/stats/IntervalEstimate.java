package io.lrpg.report.stats;

import java.util.Locale;

/**
 * A point estimate with a bootstrap confidence interval.
 *
 * @param estimate  the statistic of the data themselves
 * @param lower     lower end of the interval
 * @param upper     upper end of the interval
 * @param level     the nominal coverage, for example 0.95
 * @param method    how the interval was computed (PERCENTILE also when BCa was asked for but undefined)
 * @param resamples number of bootstrap resamples B
 */
public record IntervalEstimate(double estimate, double lower, double upper, double level, IntervalMethod method,
        int resamples) {

    public IntervalEstimate {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("lower " + lower + " must be <= upper " + upper);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
    }

    /** Whether value ∈ [lower, upper] (both ends included). */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** {@code estimate [lower, upper]} with the given number of decimals. */
    public String format(int decimals) {
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, f + " [" + f + ", " + f + "]", estimate, lower, upper);
    }
}
