package io.lrpg.report.figure;

import java.util.Objects;

/**
 * A tick of an axis.
 *
 * @param value the value at the tick
 * @param label its label; empty for a minor (shorter, unlabelled) tick
 */
public record Tick(double value, String label) {

    /** Validates the tick. */
    public Tick {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("tick value must be finite, was " + value);
        }
    }

    /** Whether the tick is minor (unlabelled). */
    public boolean minor() {
        return label.isEmpty();
    }
}
