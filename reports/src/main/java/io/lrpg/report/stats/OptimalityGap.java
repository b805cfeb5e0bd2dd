package io.lrpg.report.stats;

/**
 * rliable's optimality gap ({@code aggregate_optimality_gap}): how far the scores fall short of a target γ,
 * scores above γ counting as γ,
 * <pre>
 *   gap = γ − (1/M) Σ_m (Σ_i w_{m,i} min(x_{m,i}, γ)) / W_m
 * </pre>
 * (notation of {@link Aggregate}). Every task weighs the same, which is rliable's γ − mean(min(x, γ)) on its
 * rectangular arrays; lower is better. rliable's default γ = 1 suits min–max normalized scores
 * ({@link Normalization}).
 *
 * @param gamma the target γ (finite)
 */
public record OptimalityGap(double gamma) implements Statistic {

    public OptimalityGap {
        if (!Double.isFinite(gamma)) {
            throw new IllegalArgumentException("gamma must be finite, was " + gamma);
        }
    }

    @Override
    public double evaluate(Sample sample, int[] weights, double[] scratch) {
        Aggregate.taskMeans(sample, weights, scratch, gamma);
        double total = 0;
        for (int m = 0; m < sample.strata(); m++) {
            total += scratch[m];
        }
        return gamma - total / sample.strata();
    }

    @Override
    public void check(Sample sample) {
        Aggregate.checkSingle(sample, this);
    }

    @Override
    public String label() {
        return "optimality gap (γ = " + gamma + ")";
    }
}
