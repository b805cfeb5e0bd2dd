package io.lrpg.report.figure;

import java.util.Objects;

/**
 * A vertical or horizontal line across the plot area at a data value (a threshold, an episode of interest), with an
 * optional short label drawn at its top (vertical) or right end (horizontal). A line outside the axis range is not
 * drawn and a footnote says so.
 *
 * @param orientation vertical (at an x value) or horizontal (at a y value)
 * @param value       the data value
 * @param stroke      how it is drawn
 * @param label       label, empty for none
 */
public record ReferenceLine(Orientation orientation, double value, Stroke stroke, String label) {

    /** Validates the line. */
    public ReferenceLine {
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(stroke, "stroke");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("reference line value must be finite, was " + value);
        }
    }
}
