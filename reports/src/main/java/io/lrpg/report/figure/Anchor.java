package io.lrpg.report.figure;

/** Horizontal alignment of a text relative to its anchor point (SVG's {@code text-anchor}). */
public enum Anchor {
    /** The text starts at the point. */
    START,
    /** The text is centred on the point. */
    MIDDLE,
    /** The text ends at the point. */
    END
}
