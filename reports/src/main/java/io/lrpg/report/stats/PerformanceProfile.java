package io.lrpg.report.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A performance profile (rliable's {@code create_performance_profile} with {@code use_score_distribution=True},
 * the "score distribution"): for each threshold τ, the fraction of runs scoring above τ, each task weighing the
 * same ({@link FractionAbove}), with a pointwise stratified-bootstrap interval from resamples shared by all τ.
 *
 * @param taus   the thresholds, as given
 * @param points the fraction and its interval at each τ
 */
public record PerformanceProfile(double[] taus, List<IntervalEstimate> points) {

    public PerformanceProfile {
        taus = taus.clone();
        points = List.copyOf(points);
        if (taus.length != points.size()) {
            throw new IllegalArgumentException(taus.length + " thresholds but " + points.size() + " points");
        }
    }

    /**
     * The profile of one algorithm's scores {@code scores[m][i]} (run i on task m; normalize first to compare
     * tasks on one scale).
     */
    public static PerformanceProfile of(double[][] scores, double[] taus, BootstrapSettings settings,
            IndexSource source) {
        List<FractionAbove> statistics = new ArrayList<>(taus.length);
        for (double tau : taus) {
            statistics.add(new FractionAbove(tau));
        }
        return new PerformanceProfile(taus, StratifiedBootstrap.intervals(Sample.of(scores), statistics, settings,
                source));
    }

    @Override
    public double[] taus() {
        return taus.clone();
    }
}
