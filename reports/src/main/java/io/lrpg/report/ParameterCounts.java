package io.lrpg.report;

import java.util.Objects;

/**
 * Parameter counts of one environment's two models (actor + critic, excluding the scalar log σ).
 *
 * @param environment        environment id
 * @param lowrankTrue        the low-rank model's true count, from its shapes
 * @param lowrankPaperLegend the count printed in the paper's figure legend
 * @param nnTotal            the NN baseline's count
 */
public record ParameterCounts(String environment, long lowrankTrue, long lowrankPaperLegend, long nnTotal) {

    public ParameterCounts {
        Objects.requireNonNull(environment, "environment");
        if (lowrankTrue <= 0 || lowrankPaperLegend <= 0 || nnTotal <= 0) {
            throw new IllegalArgumentException("parameter counts must be positive: " + lowrankTrue + ", "
                    + lowrankPaperLegend + ", " + nnTotal);
        }
    }

    /** Legend low-rank count / NN count (the paper's "4–6 %"). */
    public double paperLegendRatio() {
        return (double) lowrankPaperLegend / nnTotal;
    }

    /** True low-rank count / NN count. */
    public double trueRatio() {
        return (double) lowrankTrue / nnTotal;
    }

    /**
     * Parses {@code ENV:LOWRANK_TRUE:LOWRANK_LEGEND:NN}, for example {@code pendulum:208:160:4098}.
     *
     * @throws IllegalArgumentException if the text does not have that form
     */
    public static ParameterCounts parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 4 || parts[0].isBlank()) {
            throw new IllegalArgumentException("expected ENV:LOWRANK_TRUE:LOWRANK_LEGEND:NN, got '" + text + "'");
        }
        try {
            return new ParameterCounts(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                    Long.parseLong(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected ENV:LOWRANK_TRUE:LOWRANK_LEGEND:NN, got '" + text + "'", e);
        }
    }
}
