package io.lrpg.report.figure;

import java.util.List;
import java.util.Objects;

/**
 * An axis: its label, the range it shows, its scale and its ticks.
 *
 * <p>A value v is drawn at the fraction u(v) of the axis length: u = (v − min)/(max − min) for {@link Scale#LINEAR},
 * u = (log10 v − log10 min)/(log10 max − log10 min) for {@link Scale#LOG10}. Data outside [min, max] is clipped at the
 * plot area and marked (see {@link FigureCompiler}).
 *
 * @param label the axis title, empty for none
 * @param min   smallest value shown (&gt; 0 for a log axis)
 * @param max   largest value shown, &gt; min
 * @param scale linear or log10
 * @param ticks explicit ticks, or an empty list to let the layout choose round ticks that fit the axis length
 *              ({@link Ticks#linear} / {@link Ticks#log10})
 */
public record Axis(String label, double min, double max, Scale scale, List<Tick> ticks) {

    /** Validates the axis. */
    public Axis {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scale, "scale");
        ticks = List.copyOf(ticks);
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("axis range must be finite with max > min, was [" + min + ", " + max
                    + "]");
        }
        if (scale == Scale.LOG10 && !(min > 0)) {
            throw new IllegalArgumentException("a log axis needs min > 0, was " + min);
        }
    }

    /** An axis with automatic ticks. */
    public static Axis of(String label, double min, double max, Scale scale) {
        return new Axis(label, min, max, scale, List.of());
    }

    /** A linear axis with automatic ticks. */
    public static Axis linear(String label, double min, double max) {
        return of(label, min, max, Scale.LINEAR);
    }

    /** A log10 axis with automatic ticks. */
    public static Axis log10(String label, double min, double max) {
        return of(label, min, max, Scale.LOG10);
    }

    /** The same axis with explicit ticks. */
    public Axis withTicks(List<Tick> explicit) {
        return new Axis(label, min, max, scale, explicit);
    }

    /**
     * The fraction of the axis length at which {@code value} lies (0 at min, 1 at max; outside [0, 1] for values out
     * of range); NaN if the value cannot be drawn (non-finite, or ≤ 0 on a log axis).
     */
    public double fraction(double value) {
        if (scale == Scale.LINEAR) {
            return Double.isFinite(value) ? (value - min) / (max - min) : Double.NaN;
        }
        if (!(value > 0) || !Double.isFinite(value)) {
            return Double.NaN;
        }
        return (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
    }

    /** Whether a finite value lies in [min, max] and can be drawn on this scale. */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
