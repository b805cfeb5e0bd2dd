package io.lrpg.report.figure;

import java.util.List;
import java.util.Objects;

/**
 * Options of a learning-curve or sample-efficiency figure.
 *
 * @param style         paper-faithful or clean
 * @param xUnit         what x counts
 * @param yLabel        the y-axis label
 * @param smoothedLabel the legend entry for smoothed centre lines (drawn only if a curve has one), e.g. "dashed:
 *                      centred ±50-episode moving average of the median"
 * @param columns       panels per row (more than the number of panels means one row)
 * @param panelWidth    panel width, px
 * @param panelHeight   panel height, px
 * @param footnotes     texts printed below the figure
 */
public record CurveOptions(Style style, XUnit xUnit, String yLabel, String smoothedLabel, int columns,
        int panelWidth, int panelHeight, List<String> footnotes) {

    /** Validates the options. */
    public CurveOptions {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(xUnit, "xUnit");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(smoothedLabel, "smoothedLabel");
        footnotes = List.copyOf(footnotes);
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1, was " + columns);
        }
    }

    /** The paper's figure: paper style, x in episodes, "Return", one row of 600 × 450 panels. */
    public static CurveOptions paper() {
        return new CurveOptions(Style.PAPER, XUnit.EPISODES, "Return", "dashed: smoothed centre line",
                Integer.MAX_VALUE, Figure.PANEL_WIDTH, Figure.PANEL_HEIGHT, List.of());
    }

    /** Clean style, "Return", one row of 600 × 450 panels. */
    public static CurveOptions clean(XUnit xUnit) {
        return new CurveOptions(Style.CLEAN, xUnit, "Return", "dashed: smoothed centre line", Integer.MAX_VALUE,
                Figure.PANEL_WIDTH, Figure.PANEL_HEIGHT, List.of());
    }

    /** Sample-efficiency curves: clean style, y "Return (IQM over runs)". */
    public static CurveOptions sampleEfficiency(XUnit xUnit) {
        return clean(xUnit).withYLabel("Return (IQM over runs)");
    }

    /** With another y label. */
    public CurveOptions withYLabel(String label) {
        return new CurveOptions(style, xUnit, label, smoothedLabel, columns, panelWidth, panelHeight, footnotes);
    }

    /** With another legend entry for smoothed lines. */
    public CurveOptions withSmoothedLabel(String label) {
        return new CurveOptions(style, xUnit, yLabel, label, columns, panelWidth, panelHeight, footnotes);
    }

    /** With other footnotes. */
    public CurveOptions withFootnotes(List<String> notes) {
        return new CurveOptions(style, xUnit, yLabel, smoothedLabel, columns, panelWidth, panelHeight, notes);
    }

    /** With another grid: columns panels per row, each width × height px. */
    public CurveOptions withGrid(int newColumns, int width, int height) {
        return new CurveOptions(style, xUnit, yLabel, smoothedLabel, newColumns, width, height, footnotes);
    }
}
