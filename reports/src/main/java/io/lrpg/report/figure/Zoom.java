package io.lrpg.report.figure;

import java.util.Objects;

/**
 * How a long learning-curve panel shows its early episodes, where the curves rise.
 *
 * <ul>
 *   <li>{@link Kind#NONE}: the linear x axis only (the paper's figure).</li>
 *   <li>{@link Kind#INSET}: the linear x axis plus an inset of x ≤ {@code upTo} (for example the first 6 000 of
 *       Goddard's 30 000 episodes), placed in the corner of the plot covering the fewest drawn points. This is the
 *       recommended view for Goddard: the main panel keeps the paper's linear axis (so both models' long-run
 *       behaviour and the areas between curves read as in the paper) while the inset shows the low-rank rise that
 *       the full axis squeezes into a sixth of its width.</li>
 *   <li>{@link Kind#LOG_X}: a log10 x axis. Only x &gt; 0 can be drawn, so pass episodes played (index + 1), not
 *       the index; points with x ≤ 0 are marked and noted as clipped.</li>
 * </ul>
 *
 * @param kind which view
 * @param upTo for {@link Kind#INSET}, the largest x in the inset; otherwise NaN
 */
public record Zoom(Kind kind, double upTo) {

    /** The views. */
    public enum Kind {
        /** The full linear axis only. */
        NONE,
        /** The full linear axis and an inset of the early part. */
        INSET,
        /** A log10 x axis. */
        LOG_X
    }

    /** Validates the zoom. */
    public Zoom {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.INSET && !(upTo > 0 && Double.isFinite(upTo))) {
            throw new IllegalArgumentException("an inset needs a finite upTo > 0, was " + upTo);
        }
    }

    /** No zoom. */
    public static Zoom none() {
        return new Zoom(Kind.NONE, Double.NaN);
    }

    /** An inset of x ≤ upTo. */
    public static Zoom inset(double upTo) {
        return new Zoom(Kind.INSET, upTo);
    }

    /** A log10 x axis. */
    public static Zoom logX() {
        return new Zoom(Kind.LOG_X, Double.NaN);
    }
}
