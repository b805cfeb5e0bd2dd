package io.lrpg.report.figure;

import java.util.Objects;

/**
 * A small panel drawn inside a panel's plot area (for example the first 6 000 of 30 000 episodes). Its box, which
 * holds its title, tick labels and plot, takes the given fractions of the host's plot area, in a corner; it is drawn
 * on a white background with a thin frame and smaller type. The inset's own legend and inset are ignored.
 *
 * @param panel  what it shows
 * @param corner where it goes
 * @param width  width as a fraction of the host's plot width, in (0, 1]
 * @param height height as a fraction of the host's plot height, in (0, 1]
 */
public record Inset(Panel panel, Corner corner, double width, double height) {

    /** Validates the inset. */
    public Inset {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(corner, "corner");
        if (!(width > 0 && width <= 1) || !(height > 0 && height <= 1)) {
            throw new IllegalArgumentException("inset size must be fractions in (0, 1], was " + width + " × " + height);
        }
    }
}
