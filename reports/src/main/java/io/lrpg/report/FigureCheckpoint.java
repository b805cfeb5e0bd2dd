package io.lrpg.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A number read off the paper's figure (docs/paper.md §3.2) and the same measure on our median curve, so that each
 * panel can be compared with the figure at the points docs/paper.md reports.
 *
 * @param environment   environment id
 * @param description   the measure in words
 * @param measure       the measure, applied to the median-over-runs curve of one model
 * @param episodes      whether the measure is an episode index (printed as an integer) or a return
 * @param paperLowrank  the figure's LRPG value
 * @param paperNn       the figure's network value
 */
public record FigureCheckpoint(String environment, String description, Function<double[], OptionalDouble> measure,
        boolean episodes, String paperLowrank, String paperNn) {

    /** The checkpoints of docs/paper.md §3.2 and §3.5. */
    public static final List<FigureCheckpoint> PAPER = List.of(
            firstReaching("pendulum", 90, 0, "126", "363"),
            finalMedian("pendulum", "≈99.4", "≈98.8–98.9"),
            firstReaching("acrobot", 90, 0, "134", "262"),
            lastMean("acrobot", 100, "≈94.7", "≈93.8–94.1"),
            firstReaching("goddard", 1.15, PaperReference.SMOOTHING_HALF_WIDTH, "4 098", "18 218"),
            finalMedian("goddard", "≈1.17–1.18", "≈1.17"));

    /** The value on a median curve, formatted; "never" or "–" when it does not exist. */
    public String format(double[] medianCurve) {
        OptionalDouble value = measure.apply(medianCurve);
        if (value.isEmpty()) {
            return episodes ? "never" : "–";
        }
        return episodes ? Integer.toString((int) value.getAsDouble())
                : String.format(Locale.ROOT, environment.equals("goddard") ? "%.4f" : "%.2f", value.getAsDouble());
    }

    private static FigureCheckpoint firstReaching(String environment, double threshold, int halfWidth,
            String paperLowrank, String paperNn) {
        String what = (halfWidth > 0 ? "first episode the ±" + halfWidth + "-smoothed median reaches "
                : "first episode the median reaches ") + (threshold == Math.rint(threshold)
                        ? Long.toString((long) threshold) : Double.toString(threshold));
        return new FigureCheckpoint(environment, what, curve -> {
            OptionalInt e = SampleEfficiency.EpisodeMeasure.threshold(threshold, halfWidth).apply(curve);
            return e.isPresent() ? OptionalDouble.of(e.getAsInt()) : OptionalDouble.empty();
        }, true, paperLowrank, paperNn);
    }

    private static FigureCheckpoint finalMedian(String environment, String paperLowrank, String paperNn) {
        return new FigureCheckpoint(environment, "median return of the final episode",
                curve -> OptionalDouble.of(curve[curve.length - 1]), false, paperLowrank, paperNn);
    }

    private static FigureCheckpoint lastMean(String environment, int episodes, String paperLowrank, String paperNn) {
        return new FigureCheckpoint(environment, "mean of the median over the last " + episodes + " episodes",
                curve -> {
                    int from = Math.max(0, curve.length - episodes);
                    double sum = 0;
                    for (int e = from; e < curve.length; e++) {
                        sum += curve[e];
                    }
                    return OptionalDouble.of(sum / (curve.length - from));
                }, false, paperLowrank, paperNn);
    }
}
