package io.lrpg.report.figure;

/**
 * Font sizes in pixels. The SVG names {@link #SVG_FONT_FAMILIES}; the PNG uses Java's logical font
 * {@value #PNG_FONT} (DejaVu Sans on most Linux systems). Layout measures text with {@link TextMetrics}, i.e. with
 * DejaVu Sans's advance widths, so that it does not depend on the fonts installed where the figure is written.
 *
 * @param title  panel titles (bold)
 * @param label  axis labels
 * @param tick   tick labels
 * @param legend legend labels
 * @param note   notes and footnotes
 */
public record Typography(double title, double label, double tick, double legend, double note) {

    /** The SVG's font-family list, most wanted first. */
    public static final String SVG_FONT_FAMILIES = "DejaVu Sans, Arial, Helvetica, sans-serif";
    /** The PNG's font, a Java logical font. */
    public static final String PNG_FONT = "SansSerif";

    /** Sizes for a 600 × 450 panel: title 14, axis labels 12, ticks 11, legend 11, notes 10. */
    public static final Typography DEFAULT = new Typography(14, 12, 11, 11, 10);
    /** Sizes for an inset: title 10, ticks 9. */
    public static final Typography INSET = new Typography(10, 9, 9, 9, 9);

    /** Validates the sizes. */
    public Typography {
        for (double size : new double[] {title, label, tick, legend, note}) {
            if (!(size > 0) || !Double.isFinite(size)) {
                throw new IllegalArgumentException("font sizes must be > 0, was " + size);
            }
        }
    }
}
