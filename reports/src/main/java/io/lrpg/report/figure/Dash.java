package io.lrpg.report.figure;

/** Line dash patterns, as lengths in pixels of alternating drawn and skipped pieces (empty = solid). */
public enum Dash {
    /** A continuous line. */
    SOLID(),
    /** 6 px drawn, 3.5 px skipped. */
    DASHED(6, 3.5),
    /** 1.5 px drawn, 2.5 px skipped. */
    DOTTED(1.5, 2.5),
    /** dash, gap, dot, gap. */
    DASH_DOT(6, 2.5, 1.5, 2.5);

    private final double[] pattern;

    Dash(double... pattern) {
        this.pattern = pattern;
    }

    /** The pattern in pixels (a copy); empty for a solid line. */
    public double[] pattern() {
        return pattern.clone();
    }
}
