package io.lrpg.report.figure;

/** Direction of a reference line. */
public enum Orientation {
    /** A vertical line at an x value. */
    VERTICAL,
    /** A horizontal line at a y value. */
    HORIZONTAL
}
