package io.lrpg.report.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * rliable's stratified bootstrap ({@code StratifiedBootstrap}, {@code get_interval_estimates}): a resample draws,
 * within each stratum s independently, n_s of its runs with replacement (n_s = its run count), and the statistic
 * is recomputed on the pooled resample. Tasks are never resampled (rliable's default {@code task_bootstrap=False}:
 * the uncertainty is that of re-running the same tasks with new seeds).
 *
 * <p>A resample is held as run multiplicities (see {@link Statistic}), so one resample costs n draws and one
 * evaluation per statistic, and allocates nothing; all statistics asked for together see the same resamples.
 * Deterministic for a given {@link IndexSource}.
 */
public final class StratifiedBootstrap {

    private StratifiedBootstrap() {
    }

    /** The interval of one statistic. */
    public static IntervalEstimate interval(Sample sample, Statistic statistic, BootstrapSettings settings,
            IndexSource source) {
        return distribution(sample, statistic, settings.resamples(), source).interval(settings);
    }

    /** The intervals of several statistics from the same resamples (in the order given). */
    public static List<IntervalEstimate> intervals(Sample sample, List<? extends Statistic> statistics,
            BootstrapSettings settings, IndexSource source) {
        List<IntervalEstimate> out = new ArrayList<>(statistics.size());
        for (BootstrapDistribution d : distributions(sample, statistics, settings.resamples(), source)) {
            out.add(d.interval(settings));
        }
        return out;
    }

    /** The bootstrap distribution of one statistic, for intervals of several levels or methods. */
    public static BootstrapDistribution distribution(Sample sample, Statistic statistic, int resamples,
            IndexSource source) {
        return distributions(sample, List.of(statistic), resamples, source).get(0);
    }

    /**
     * The bootstrap distributions of several statistics from the same B resamples: for b = 1..B, draw the
     * resample's weights ({@link #drawWeights}), then θ*_{k,b} = statistic_k(sample, weights).
     */
    public static List<BootstrapDistribution> distributions(Sample sample, List<? extends Statistic> statistics,
            int resamples, IndexSource source) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1, was " + resamples);
        }
        int count = statistics.size();
        double[] scratch = new double[sample.strata()];
        double[] estimates = new double[count];
        int[] weights = sample.unitWeights();
        for (int k = 0; k < count; k++) {
            statistics.get(k).check(sample);
            estimates[k] = statistics.get(k).evaluate(sample, weights, scratch);
        }
        double[][] replicates = new double[count][resamples];
        for (int b = 0; b < resamples; b++) {
            drawWeights(sample, source, weights);
            for (int k = 0; k < count; k++) {
                replicates[k][b] = statistics.get(k).evaluate(sample, weights, scratch);
            }
        }
        List<BootstrapDistribution> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(new BootstrapDistribution(sample, statistics.get(k), estimates[k], replicates[k]));
        }
        return out;
    }

    /**
     * One stratified resample as multiplicities: weights ← 0, then for each stratum s in order and n_s times,
     * weights[start_s + source.nextIndex(n_s)] += 1.
     */
    static void drawWeights(Sample sample, IndexSource source, int[] weights) {
        Arrays.fill(weights, 0);
        for (int s = 0; s < sample.strata(); s++) {
            int n = sample.runs(s);
            int base = sample.start[s];
            for (int k = 0; k < n; k++) {
                weights[base + source.nextIndex(n)]++;
            }
        }
    }
}
