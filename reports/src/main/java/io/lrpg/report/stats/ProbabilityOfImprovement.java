package io.lrpg.report.stats;

/**
 * rliable's average probability of improvement of algorithm X over Y ({@code probability_of_improvement}):
 * per task m, the probability that a random run of X scores higher than a random run of Y, ties counting one
 * half, averaged over the tasks:
 * <pre>
 *   P_m = (Σ_i Σ_j w_i v_j ([x_{m,i} &gt; y_{m,j}] + ½ [x_{m,i} = y_{m,j}])) / (W_m V_m),
 *   P(X &gt; Y) = (1/M) Σ_m P_m
 * </pre>
 * with run weights w_i (X) and v_j (Y) summing to W_m and V_m (see {@link Statistic}). With unit weights P_m is
 * the Mann–Whitney U statistic of X over Y divided by n_m·k_m ({@code scipy.stats.mannwhitneyu(x, y).statistic
 * / (n m)}), which is how rliable computes it; rliable's special case "identical arrays → ½" is what the formula
 * gives anyway.
 *
 * <p>Evaluated on a {@link Sample#pair} sample, so that the bootstrap resamples X's and Y's runs independently
 * within each task (rliable's {@code StratifiedIndependentBootstrap}). Each task costs one merge of the two
 * sorted run lists, O(n_m + k_m), in exact integer arithmetic (twice the weighted win count).
 */
public final class ProbabilityOfImprovement implements Statistic {

    /** The statistic (it has no parameters). */
    public static final ProbabilityOfImprovement STATISTIC = new ProbabilityOfImprovement();

    private ProbabilityOfImprovement() {
    }

    /** P(X &gt; Y) of {@code x[m][i]} (run i of X on task m) over {@code y[m][j]}. */
    public static double estimate(double[][] x, double[][] y) {
        return STATISTIC.of(Sample.pair(x, y));
    }

    /** P(X &gt; Y) with a bootstrap interval that resamples X's and Y's runs independently within each task. */
    public static IntervalEstimate interval(double[][] x, double[][] y, BootstrapSettings settings,
            IndexSource source) {
        return StratifiedBootstrap.interval(Sample.pair(x, y), STATISTIC, settings, source);
    }

    @Override
    public double evaluate(Sample sample, int[] weights, double[] scratch) {
        int tasks = sample.tasks();
        int[] order = sample.stratumOrder;
        double[] values = sample.values;
        double total = 0;
        for (int m = 0; m < tasks; m++) {
            int xEnd = sample.start[m + 1];
            int yStart = sample.start[tasks + m];
            int yEnd = sample.start[tasks + m + 1];
            long twiceWins = 0;   // Σ_i w_i (2·#{y < x_i} + #{y = x_i}), weighted
            long xWeight = 0;
            long yBelow = 0;      // weight of Y's runs strictly below the current x
            int j = yStart;
            int k = sample.start[m];
            while (k < xEnd) {
                double x = values[order[k]];
                long wx = 0;
                while (k < xEnd && values[order[k]] == x) {
                    wx += weights[order[k++]];
                }
                while (j < yEnd && values[order[j]] < x) {
                    yBelow += weights[order[j++]];
                }
                long yEqual = 0;
                for (int t = j; t < yEnd && values[order[t]] == x; t++) {
                    yEqual += weights[order[t]];
                }
                twiceWins += wx * (2 * yBelow + yEqual);
                xWeight += wx;
            }
            long yWeight = 0;
            for (int t = yStart; t < yEnd; t++) {
                yWeight += weights[t];
            }
            total += twiceWins / (2.0 * xWeight * yWeight);
        }
        return total / tasks;
    }

    @Override
    public void check(Sample sample) {
        if (!sample.isPair()) {
            throw new IllegalArgumentException(label() + " needs a pair of samples (Sample.pair)");
        }
    }

    @Override
    public String label() {
        return "P(X > Y)";
    }
}
