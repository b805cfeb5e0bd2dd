package io.lrpg.report;

import io.lrpg.report.stats.BootstrapSettings;
import io.lrpg.report.stats.IndexSource;
import io.lrpg.report.stats.Jackknife;
import io.lrpg.report.stats.PerformanceProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The performance profiles of one panel: one environment's final returns, or the aggregate of normalized final
 * returns over environments. For each curve, F(τ) = the fraction of runs with a score above τ (every environment
 * weighing the same in the aggregate; rliable's score distribution) with a pointwise stratified-bootstrap band, at
 * {@value #POINTS} thresholds τ_k = from + k(hi − from)/({@value #POINTS} − 1), from = lo − 2 % of (hi − lo), where
 * lo is the {@value #LOW_PERCENTILE}th percentile (numpy linear) of all the panel's finite scores and hi their
 * largest.
 *
 * @param title    the panel's title
 * @param tauLabel what τ is
 * @param taus     the thresholds
 * @param curves   one per (model, variant)
 */
public record ProfileSet(String title, String tauLabel, double[] taus, List<Curve> curves) {

    /** Thresholds per profile. */
    public static final int POINTS = 101;
    /**
     * The thresholds start at this percentile of all the panel's scores (pooled over its curves), so that a few
     * failed runs far below the rest do not squeeze the interesting part of the axis; the fraction at the left end
     * tells how many runs lie below it.
     */
    public static final double LOW_PERCENTILE = 5;

    /**
     * One profile.
     *
     * @param model   model id
     * @param variant variant id
     * @param runs    runs per environment (one entry for an environment's panel)
     * @param profile the fractions with their intervals
     */
    public record Curve(String model, String variant, List<Integer> runs, PerformanceProfile profile) {
    }

    /**
     * The profiles of the given score sets ({@code scores.get(c)[m]}: curve c's runs on environment m; NaN for a run
     * without a score, a diverged one, which then lies below every τ: it counts as a run that never exceeds it).
     */
    static ProfileSet of(String title, String tauLabel, List<String[]> keys, List<double[][]> scores,
            ReportSettings settings, String seedName) {
        List<Double> finite = new ArrayList<>();
        for (double[][] s : scores) {
            for (double[] task : s) {
                for (double v : task) {
                    if (!Double.isNaN(v)) {
                        finite.add(v);
                    }
                }
            }
        }
        double[] sorted = finite.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double lo = io.lrpg.report.stats.Quantiles.ofSorted(sorted, 0, sorted.length, LOW_PERCENTILE);
        double hi = sorted[sorted.length - 1];
        double span = hi > lo ? hi - lo : Math.max(1e-9, Math.abs(hi) * 0.1 + 1e-9);
        double from = lo - 0.02 * span;
        double to = hi > lo ? hi : hi + 0.5 * span;
        double[] taus = new double[POINTS];
        for (int k = 0; k < POINTS; k++) {
            taus[k] = from + k * (to - from) / (POINTS - 1);
        }
        BootstrapSettings bootstrap = new BootstrapSettings(settings.profileResamples(), settings.level(),
                settings.method(), Jackknife.ACROSS_STRATA);
        List<Curve> curves = new ArrayList<>();
        double never = Math.min(sorted[0], from) - span;
        for (int c = 0; c < keys.size(); c++) {
            double[][] s = new double[scores.get(c).length][];
            for (int m = 0; m < s.length; m++) {
                s[m] = java.util.Arrays.stream(scores.get(c)[m]).map(v -> Double.isNaN(v) ? never : v).toArray();
            }
            boolean bca = java.util.Arrays.stream(s).allMatch(t -> t.length >= 2);
            PerformanceProfile profile = PerformanceProfile.of(s, taus, bca ? bootstrap
                    : bootstrap.withMethod(io.lrpg.report.stats.IntervalMethod.PERCENTILE),
                    IndexSource.seeded(Bootstraps.seed(settings, seedName, keys.get(c)[0], keys.get(c)[1])));
            curves.add(new Curve(keys.get(c)[0], keys.get(c)[1],
                    java.util.Arrays.stream(s).map(t -> t.length).toList(), profile));
        }
        return new ProfileSet(title, tauLabel, taus, curves);
    }
}
