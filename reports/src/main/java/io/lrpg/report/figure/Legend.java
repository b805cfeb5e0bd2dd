package io.lrpg.report.figure;

import java.util.List;
import java.util.Objects;

/**
 * A legend.
 *
 * @param position where it goes (ignored for a figure's shared legend, which is always below the panels)
 * @param entries  the entries, in order
 */
public record Legend(LegendPosition position, List<LegendEntry> entries) {

    /** Validates the legend. */
    public Legend {
        Objects.requireNonNull(position, "position");
        entries = List.copyOf(entries);
    }
}
