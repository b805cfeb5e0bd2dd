package io.lrpg.report.figure;

import java.util.Objects;

/**
 * A filled area between a lower and an upper curve over the same x values (for example the 25th–75th percentiles of
 * the runs, or a bootstrap confidence interval). A non-finite bound breaks the band into pieces. The arrays are not
 * copied.
 *
 * @param name  short name used in clipping notes and in the SVG ({@code data-name})
 * @param x     x values
 * @param lower lower bound per x
 * @param upper upper bound per x
 * @param fill  fill colour, usually translucent
 */
public record Band(String name, double[] x, double[] lower, double[] upper, Rgba fill) {

    /** Validates the band. */
    public Band {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fill, "fill");
        if (x.length != lower.length || x.length != upper.length) {
            throw new IllegalArgumentException("band " + name + ": " + x.length + " x values, " + lower.length
                    + " lower and " + upper.length + " upper bounds");
        }
    }
}
