package io.lrpg.report.figure;

import java.util.List;
import java.util.Objects;

/**
 * Options of a performance-profile figure.
 *
 * @param yLabel      the y-axis label
 * @param columns     panels per row (more than the number of panels means one row)
 * @param panelWidth  panel width, px
 * @param panelHeight panel height, px
 * @param footnotes   texts printed below the figure
 */
public record ProfileOptions(String yLabel, int columns, int panelWidth, int panelHeight, List<String> footnotes) {

    /** Validates the options. */
    public ProfileOptions {
        Objects.requireNonNull(yLabel, "yLabel");
        footnotes = List.copyOf(footnotes);
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1, was " + columns);
        }
    }

    /** One row of 450 × 400 panels, y "Fraction of runs with score > τ". */
    public static ProfileOptions defaults() {
        return new ProfileOptions("Fraction of runs with score > τ", Integer.MAX_VALUE, 450, 400, List.of());
    }

    /** With other footnotes. */
    public ProfileOptions withFootnotes(List<String> notes) {
        return new ProfileOptions(yLabel, columns, panelWidth, panelHeight, notes);
    }

    /** With another grid. */
    public ProfileOptions withGrid(int newColumns, int width, int height) {
        return new ProfileOptions(yLabel, newColumns, width, height, footnotes);
    }
}
