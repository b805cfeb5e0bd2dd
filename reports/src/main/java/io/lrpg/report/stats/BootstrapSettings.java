package io.lrpg.report.stats;

import java.util.Objects;

/**
 * How to bootstrap an interval.
 *
 * @param resamples number of resamples B ≥ 1 (rliable uses 50 000 for aggregates and 2 000 for profiles; the
 *                  Monte-Carlo error of a 95 % end is roughly 0.1·σ̂/√(B/1000), σ̂ the bootstrap spread)
 * @param level     nominal coverage in (0, 1)
 * @param method    percentile or BCa
 * @param jackknife the acceleration's jackknife (used by BCa only)
 */
public record BootstrapSettings(int resamples, double level, IntervalMethod method, Jackknife jackknife) {

    /** 2 000 resamples, 95 %, percentile (rliable's default method), jackknife across strata (rliable's). */
    public static final BootstrapSettings DEFAULT =
            new BootstrapSettings(2000, 0.95, IntervalMethod.PERCENTILE, Jackknife.ACROSS_STRATA);

    public BootstrapSettings {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, was " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(jackknife, "jackknife");
    }

    public BootstrapSettings withResamples(int value) {
        return new BootstrapSettings(value, level, method, jackknife);
    }

    public BootstrapSettings withLevel(double value) {
        return new BootstrapSettings(resamples, value, method, jackknife);
    }

    public BootstrapSettings withMethod(IntervalMethod value) {
        return new BootstrapSettings(resamples, level, value, jackknife);
    }

    public BootstrapSettings withJackknife(Jackknife value) {
        return new BootstrapSettings(resamples, level, method, value);
    }
}
