package io.lrpg.report.figure;

import java.util.List;
import java.util.Objects;

/**
 * One panel of a learning-curve figure (one environment).
 *
 * @param title       the title without panel letter ("Pendulum"); the paper style adds "(a) ", "(b) ", … by
 *                    position
 * @param paperYRange the paper's fixed y range {min, max}, used by {@link Style#PAPER} (required there), or null
 * @param zoom        how the early part is shown
 * @param curves      the curves, drawn in order (bands first)
 */
public record CurvePanel(String title, double[] paperYRange, Zoom zoom, List<Curve> curves) {

    /** Validates the panel. */
    public CurvePanel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zoom, "zoom");
        curves = List.copyOf(curves);
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("panel " + title + " has no curves");
        }
        if (paperYRange != null && (paperYRange.length != 2 || !(paperYRange[1] > paperYRange[0]))) {
            throw new IllegalArgumentException("panel " + title + ": paperYRange must be {min, max} with max > min");
        }
    }

    /** A panel without zoom. */
    public static CurvePanel of(String title, double[] paperYRange, List<Curve> curves) {
        return new CurvePanel(title, paperYRange, Zoom.none(), curves);
    }
}
