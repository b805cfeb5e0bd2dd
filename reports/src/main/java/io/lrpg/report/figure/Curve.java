package io.lrpg.report.figure;

import java.util.Objects;

/**
 * One learning curve (or sample-efficiency curve) of a panel: a centre line over x, an optional band and an optional
 * smoothed centre line. The arrays are not copied.
 *
 * @param name     short name for clipping notes and the SVG, unique in its panel and the same for the same model in
 *                 every panel (it keys the colour), e.g. "low-rank (LRPG), paper"
 * @param label    the legend label, saying what the line and band are and over how many runs, e.g. "low-rank
 *                 (LRPG), paper — median of 100 runs; band: 25–75 % of runs"
 * @param colour   the colour, or null for the next colour of {@link Palette#OTHERS} (use {@link Palette#LOW_RANK} and
 *                 {@link Palette#NETWORK} for the paper's two models)
 * @param x        x per point (episode index, episodes played, or cumulative environment steps)
 * @param centre   the centre line (median, IQM, …)
 * @param lower    the band's lower bound, or null for no band (then upper is null too)
 * @param upper    the band's upper bound, or null
 * @param smoothed a smoothed centre line drawn thin and dashed over the centre line, or null
 */
public record Curve(String name, String label, Rgba colour, double[] x, double[] centre, double[] lower,
        double[] upper, double[] smoothed) {

    /** Validates the curve. */
    public Curve {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        int n = x.length;
        if (centre.length != n) {
            throw new IllegalArgumentException("curve " + name + ": " + n + " x values but " + centre.length
                    + " centre values");
        }
        Assembly.checkBand("curve " + name, n, lower, upper);
        if (smoothed != null && smoothed.length != n) {
            throw new IllegalArgumentException("curve " + name + ": " + n + " x values but " + smoothed.length
                    + " smoothed values");
        }
    }

    /** A curve with a band and no smoothed line. */
    public static Curve of(String name, String label, Rgba colour, double[] x, double[] centre, double[] lower,
            double[] upper) {
        return new Curve(name, label, colour, x, centre, lower, upper, null);
    }

    /** Whether it has a band. */
    public boolean hasBand() {
        return lower != null;
    }
}
