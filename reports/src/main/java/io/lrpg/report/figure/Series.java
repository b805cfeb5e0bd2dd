package io.lrpg.report.figure;

import java.util.Objects;

/**
 * A line through data points, in the order given (usually increasing x). A non-finite value (or a value ≤ 0 on a log
 * axis) breaks the line: the pieces on either side are drawn separately. The arrays are not copied.
 *
 * @param name   short name used in clipping notes and in the SVG ({@code data-name}); not drawn in the legend, whose
 *               entries are given separately ({@link Legend})
 * @param x      x values
 * @param y      y values, as many as x
 * @param stroke how the line is drawn
 */
public record Series(String name, double[] x, double[] y, Stroke stroke) {

    /** Validates the series. */
    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stroke, "stroke");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + name + ": " + x.length + " x values but " + y.length
                    + " y values");
        }
    }
}
