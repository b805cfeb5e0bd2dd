package io.lrpg.report;

import java.util.Objects;

/**
 * Parameter counts of one paper environment's two models (actor + critic, σ excluded, as the paper's legends count).
 *
 * @param environment        environment id
 * @param lowrankTrue        the low-rank model's count from the paper variant's run records (0 if absent)
 * @param lowrankPaperLegend the count printed in the paper's figure legend
 * @param nnPaperLegend      the network's count in the paper's legend
 * @param nnTrue             the network's count from the paper variant's run records (0 if absent)
 */
public record ParameterCounts(String environment, long lowrankTrue, long lowrankPaperLegend, long nnPaperLegend,
        long nnTrue) {

    public ParameterCounts {
        Objects.requireNonNull(environment, "environment");
        if (lowrankTrue < 0 || lowrankPaperLegend <= 0 || nnPaperLegend <= 0 || nnTrue < 0) {
            throw new IllegalArgumentException("invalid parameter counts: " + lowrankTrue + ", " + lowrankPaperLegend
                    + ", " + nnPaperLegend + ", " + nnTrue);
        }
    }

    /** Legend low-rank count / legend network count (the paper's "4–6 %"). */
    public double paperLegendRatio() {
        return (double) lowrankPaperLegend / nnPaperLegend;
    }

    /** Whether both true counts are known (both models' paper-variant runs were read). */
    public boolean hasTrueCounts() {
        return lowrankTrue > 0 && nnTrue > 0;
    }

    /** True low-rank count / true network count (NaN if not known). */
    public double trueRatio() {
        return hasTrueCounts() ? (double) lowrankTrue / nnTrue : Double.NaN;
    }
}
