package io.lrpg.report.figure;

import java.util.List;
import java.util.Objects;

/**
 * A figure: panels of equal size in a grid (left to right, then top to bottom), an optional legend shared by all
 * panels (drawn below them), and footnotes (drawn below the legend, with any clipping notes the panels produce).
 *
 * @param panels      the panels, at least one
 * @param columns     panels per row, ≥ 1 (the number of panels for one row)
 * @param panelWidth  width of each panel in pixels
 * @param panelHeight height of each panel in pixels (without the shared legend and footnotes)
 * @param legend      the shared legend, or null
 * @param footnotes   texts below the figure, one paragraph each (wrapped to the figure width)
 * @param typography  font sizes
 */
public record Figure(List<Panel> panels, int columns, int panelWidth, int panelHeight, Legend legend,
        List<String> footnotes, Typography typography) {

    /** Default panel width in pixels. */
    public static final int PANEL_WIDTH = 600;
    /** Default panel height in pixels. */
    public static final int PANEL_HEIGHT = 450;

    /** Validates the figure. */
    public Figure {
        panels = List.copyOf(panels);
        footnotes = List.copyOf(footnotes);
        Objects.requireNonNull(typography, "typography");
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1, was " + columns);
        }
        if (panelWidth < 100 || panelHeight < 100) {
            throw new IllegalArgumentException("panels must be at least 100 × 100 px, was " + panelWidth + " × "
                    + panelHeight);
        }
    }

    /** Panels side by side in one row, default size and type, no shared legend or footnotes. */
    public static Figure row(List<Panel> panels) {
        return new Figure(panels, Math.max(1, panels.size()), PANEL_WIDTH, PANEL_HEIGHT, null, List.of(),
                Typography.DEFAULT);
    }

    /** Number of rows of panels. */
    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    /** This figure with another shared legend (null for none). */
    public Figure withLegend(Legend newLegend) {
        return new Figure(panels, columns, panelWidth, panelHeight, newLegend, footnotes, typography);
    }

    /** This figure with other footnotes. */
    public Figure withFootnotes(List<String> newFootnotes) {
        return new Figure(panels, columns, panelWidth, panelHeight, legend, newFootnotes, typography);
    }

    /** This figure with another panel size. */
    public Figure withPanelSize(int width, int height) {
        return new Figure(panels, columns, width, height, legend, footnotes, typography);
    }
}
