package io.lrpg.report;

/**
 * Settings of the statistics in a report.
 *
 * @param medianResamples bootstrap resamples for the interval of the median final return
 * @param ratioResamples  bootstrap resamples for the episodes-ratio interval (each recomputes two median curves)
 * @param seed            seed of every bootstrap, so a report is reproducible
 * @param level           confidence level of the intervals
 */
public record ReportSettings(int medianResamples, int ratioResamples, long seed, double level) {

    /** The default seed of the bootstraps. */
    public static final long DEFAULT_SEED = 20_230_604L;

    public ReportSettings {
        if (medianResamples < 1 || ratioResamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
    }

    /** 10,000 median resamples, 1,000 ratio resamples, seed {@value #DEFAULT_SEED}, 95 %. */
    public static ReportSettings defaults() {
        return new ReportSettings(10_000, 1_000, DEFAULT_SEED, 0.95);
    }
}
