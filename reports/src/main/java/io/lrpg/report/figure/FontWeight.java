package io.lrpg.report.figure;

/** Weight of a text. */
public enum FontWeight {
    /** Regular. */
    NORMAL,
    /** Bold (panel titles). */
    BOLD
}
