package io.lrpg.report.figure;

/** Where a panel's legend goes. */
public enum LegendPosition {
    /** Inside the plot area, in the corner that covers the fewest drawn points (ties: upper right, upper left,
     * lower right, lower left). */
    BEST,
    /** Inside the plot area, upper left. */
    UPPER_LEFT,
    /** Inside the plot area, upper right. */
    UPPER_RIGHT,
    /** Inside the plot area, lower left. */
    LOWER_LEFT,
    /** Inside the plot area, lower right. */
    LOWER_RIGHT,
    /** Below the panel's x-axis label, entries flowing in rows across the panel width. */
    BELOW
}
