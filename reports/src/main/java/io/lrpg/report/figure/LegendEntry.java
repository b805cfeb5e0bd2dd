package io.lrpg.report.figure;

import java.util.Objects;

/**
 * One legend entry: a swatch and a label. The swatch is a filled rectangle (for a band) with a line through its
 * middle (for a series); either may be absent but not both.
 *
 * @param label the text (wrapped if it does not fit)
 * @param line  the series' stroke, or null for a band-only entry
 * @param fill  the band's fill, or null for a line-only entry
 */
public record LegendEntry(String label, Stroke line, Rgba fill) {

    /** Validates the entry. */
    public LegendEntry {
        Objects.requireNonNull(label, "label");
        if (line == null && fill == null) {
            throw new IllegalArgumentException("legend entry '" + label + "' needs a line, a fill or both");
        }
    }
}
