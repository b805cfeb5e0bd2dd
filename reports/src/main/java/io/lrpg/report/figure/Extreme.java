package io.lrpg.report.figure;

/** Which extreme a band edge keeps when it is decimated. */
public enum Extreme {
    /** The smallest value (a band's lower edge). */
    MIN,
    /** The largest value (a band's upper edge). */
    MAX
}
