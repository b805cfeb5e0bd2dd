package io.lrpg.report.stats;

/**
 * One point of a performance profile (rliable's score distribution, {@code run_score_deviation}): the fraction
 * of runs whose score exceeds τ, every task weighing the same,
 * <pre>
 *   F(τ) = (1/M) Σ_m (Σ_i w_{m,i} [x_{m,i} &gt; τ]) / W_m
 * </pre>
 * (notation of {@link Aggregate}). On rliable's rectangular (runs × tasks) arrays this is its
 * {@code np.mean(scores > tau)}; with different run counts per task, averaging per task first keeps a task with
 * more runs from counting more.
 *
 * @param tau the threshold τ (finite)
 */
public record FractionAbove(double tau) implements Statistic {

    public FractionAbove {
        if (!Double.isFinite(tau)) {
            throw new IllegalArgumentException("tau must be finite, was " + tau);
        }
    }

    @Override
    public double evaluate(Sample sample, int[] weights, double[] scratch) {
        double total = 0;
        for (int m = 0; m < sample.strata(); m++) {
            int above = 0;
            int count = 0;
            for (int k = sample.start[m]; k < sample.start[m + 1]; k++) {
                int w = weights[k];
                count += w;
                if (sample.values[k] > tau) {
                    above += w;
                }
            }
            total += (double) above / count;
        }
        return total / sample.strata();
    }

    @Override
    public void check(Sample sample) {
        Aggregate.checkSingle(sample, this);
    }

    @Override
    public String label() {
        return "fraction of runs > " + tau;
    }
}
