package io.lrpg.report.figure;

import java.util.List;
import java.util.Objects;

/**
 * One panel of a {@link LinePlots} figure: curves over x with their bands, on linear or log10 axes whose ranges come
 * from the data.
 *
 * @param title  the title
 * @param xLabel the x-axis label
 * @param yLabel the y-axis label
 * @param xScale the x axis's scale
 * @param yScale the y axis's scale (on LOG10, values ≤ 0 are marked and footnoted as clipped)
 * @param curves the curves, drawn in order (bands first); their smoothed lines are ignored
 */
public record LinePanel(String title, String xLabel, String yLabel, Scale xScale, Scale yScale, List<Curve> curves) {

    /** Validates the panel. */
    public LinePanel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(xScale, "xScale");
        Objects.requireNonNull(yScale, "yScale");
        curves = List.copyOf(curves);
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("panel " + title + " has no curves");
        }
    }
}
