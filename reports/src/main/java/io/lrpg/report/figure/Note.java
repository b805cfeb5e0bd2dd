package io.lrpg.report.figure;

import java.util.Objects;

/**
 * A text inside a panel's plot area, placed at fractions of the plot area (0, 0 = lower left; 1, 1 = upper right).
 *
 * @param text   the text (one line)
 * @param x      horizontal position, fraction of the plot width
 * @param y      vertical position of the baseline, fraction of the plot height from the bottom
 * @param anchor alignment of the text on x
 */
public record Note(String text, double x, double y, Anchor anchor) {

    /** Validates the note. */
    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("note position must be finite, was (" + x + ", " + y + ")");
        }
    }
}
