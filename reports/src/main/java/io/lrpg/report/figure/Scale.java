package io.lrpg.report.figure;

/** How an axis maps values to positions. */
public enum Scale {
    /** Position proportional to the value. */
    LINEAR,
    /** Position proportional to log10 of the value; only values &gt; 0 can be drawn. */
    LOG10
}
