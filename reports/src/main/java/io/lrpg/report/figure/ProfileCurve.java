package io.lrpg.report.figure;

import java.util.Objects;

/**
 * One algorithm's performance profile: at each score threshold τ, the fraction of runs whose score exceeds τ, with a
 * band (e.g. a 95 % bootstrap interval of that fraction). The arrays are not copied.
 *
 * @param name     short name for clipping notes and the SVG; the same for the same algorithm in every panel (it keys
 *                 the colour)
 * @param label    legend label, e.g. "low-rank (LRPG) — 100 runs; band: 95 % bootstrap interval"
 * @param colour   colour, or null for the next colour of {@link Palette#OTHERS}
 * @param tau      thresholds, increasing
 * @param fraction fraction of runs with score &gt; τ, in [0, 1]
 * @param lower    band lower bound, or null for none (then upper is null too)
 * @param upper    band upper bound, or null
 */
public record ProfileCurve(String name, String label, Rgba colour, double[] tau, double[] fraction, double[] lower,
        double[] upper) {

    /** Validates the curve. */
    public ProfileCurve {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        int n = tau.length;
        if (fraction.length != n) {
            throw new IllegalArgumentException("profile " + name + ": " + n + " thresholds but " + fraction.length
                    + " fractions");
        }
        Assembly.checkBand("profile " + name, n, lower, upper);
    }
}
