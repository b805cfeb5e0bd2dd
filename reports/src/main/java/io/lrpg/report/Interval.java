package io.lrpg.report;

/**
 * A point estimate with a confidence interval.
 *
 * @param estimate   the statistic on the observed data
 * @param lower      lower end of the interval
 * @param upper      upper end of the interval
 * @param level      the interval's nominal coverage, for example 0.95
 * @param resamples  bootstrap resamples used (0 if the interval is not a bootstrap one)
 * @param failed     resamples where the statistic was undefined (excluded from the interval)
 */
public record Interval(double estimate, double lower, double upper, double level, int resamples, int failed) {

    /** Formats as {@code estimate [lower, upper]} with the given number of decimals. */
    public String format(int decimals) {
        String f = "%." + decimals + "f";
        return String.format(java.util.Locale.ROOT, f + " [" + f + ", " + f + "]", estimate, lower, upper);
    }

    /** Whether {@code value} lies within [lower, upper]. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
