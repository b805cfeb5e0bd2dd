package io.lrpg.report.figure;

import java.util.List;

/**
 * The smallest box holding every drawable point of some series and bands: finite values, and on a log axis only
 * values &gt; 0 (the others cannot be drawn there and are marked as clipped). Used by the clean style, whose axes are
 * this range plus a margin, so that nothing is clipped.
 *
 * @param xMin smallest x
 * @param xMax largest x
 * @param yMin smallest y (of series values and band bounds)
 * @param yMax largest y
 */
public record DataRange(double xMin, double xMax, double yMin, double yMax) {

    /**
     * The range of all series and bands.
     *
     * @throws IllegalArgumentException if no point is drawable
     */
    public static DataRange of(List<Series> series, List<Band> bands, Scale xScale, Scale yScale) {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                include(r, s.x()[i], s.y()[i], xScale, yScale);
            }
        }
        for (Band b : bands) {
            for (int i = 0; i < b.x().length; i++) {
                if (drawable(b.lower()[i], yScale) && drawable(b.upper()[i], yScale)) {
                    include(r, b.x()[i], b.lower()[i], xScale, yScale);
                    include(r, b.x()[i], b.upper()[i], xScale, yScale);
                }
            }
        }
        if (!(r[0] <= r[1]) || !(r[2] <= r[3])) {
            throw new IllegalArgumentException("no drawable data (every value non-finite, or not > 0 on a log axis)");
        }
        return new DataRange(r[0], r[1], r[2], r[3]);
    }

    private static void include(double[] r, double x, double y, Scale xScale, Scale yScale) {
        if (!drawable(x, xScale) || !drawable(y, yScale)) {
            return;
        }
        r[0] = Math.min(r[0], x);
        r[1] = Math.max(r[1], x);
        r[2] = Math.min(r[2], y);
        r[3] = Math.max(r[3], y);
    }

    static boolean drawable(double v, Scale scale) {
        return Double.isFinite(v) && (scale == Scale.LINEAR || v > 0);
    }

    /**
     * [min, max] widened on each side by {@code fraction} of its span (on a log scale, of its span in decades). A
     * single value v is widened to v ± max(|v|·fraction, fraction) on a linear scale, v·10^(∓fraction) on a log
     * scale, so that the result always has max &gt; min.
     */
    public static double[] padded(double min, double max, double fraction, Scale scale) {
        if (!(fraction >= 0)) {
            throw new IllegalArgumentException("margin fraction must be >= 0, was " + fraction);
        }
        if (scale == Scale.LOG10) {
            double lo = Math.log10(min);
            double hi = Math.log10(max);
            double pad = hi > lo ? (hi - lo) * fraction : Math.max(fraction, 0.05);
            return new double[] {Math.pow(10, lo - pad), Math.pow(10, hi + pad)};
        }
        double pad = max > min ? (max - min) * fraction : Math.max(Math.abs(min) * Math.max(fraction, 0.05), 0.05);
        return new double[] {min - pad, max + pad};
    }

    /** The y axis with this range widened by {@code fraction} of its span on each side. */
    public Axis yAxis(String label, double fraction, Scale scale) {
        double[] r = padded(yMin, yMax, fraction, scale);
        return Axis.of(label, r[0], r[1], scale);
    }

    /** The x axis with this range widened by {@code fraction} of its span on each side (0 for exactly the data). */
    public Axis xAxis(String label, double fraction, Scale scale) {
        double[] r = padded(xMin, xMax, fraction, scale);
        return Axis.of(label, r[0], r[1], scale);
    }
}
