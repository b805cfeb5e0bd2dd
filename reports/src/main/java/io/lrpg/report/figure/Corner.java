package io.lrpg.report.figure;

/** A corner of a plot area, or the one that covers the fewest drawn points. */
public enum Corner {
    /** The corner covering the fewest drawn points (ties: upper right, upper left, lower right, lower left). */
    BEST,
    /** Upper left. */
    UPPER_LEFT,
    /** Upper right. */
    UPPER_RIGHT,
    /** Lower left. */
    LOWER_LEFT,
    /** Lower right. */
    LOWER_RIGHT
}
