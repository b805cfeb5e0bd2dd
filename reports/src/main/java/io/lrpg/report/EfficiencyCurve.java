package io.lrpg.report;

import io.lrpg.report.stats.Aggregate;
import io.lrpg.report.stats.BootstrapSettings;
import io.lrpg.report.stats.CurveBand;
import io.lrpg.report.stats.CurveSettings;
import io.lrpg.report.stats.IndexSource;
import io.lrpg.report.stats.IntervalMethod;
import io.lrpg.report.stats.Jackknife;
import io.lrpg.report.stats.Quantiles;
import io.lrpg.report.stats.SampleEfficiencyCurves;
import java.util.Arrays;
import java.util.List;

/**
 * A cell's sample-efficiency curve (rliable's IQM-vs-progress plot): per evaluated episode, the IQM over runs of the
 * runs' returns, each run first smoothed by a centred moving average of half-window h, with a pointwise bootstrap band
 * over runs ({@link SampleEfficiencyCurves}: the same B resamples of runs at every episode). Diverged runs are left
 * out (they would cut every curve at their last episode). Long curves are evaluated at every k-th episode (and the
 * last), k the smallest stride giving at most {@link ReportSettings#curvePoints()} points.
 *
 * @param cell      environment, model and variant
 * @param runs      runs used (the cell's non-diverged runs)
 * @param smoothing the half-window h (0: none)
 * @param stride    the stride k
 * @param iqm       the IQM with its band
 * @param steps     at each evaluated episode e, the median over the runs of their environment steps in episodes
 *                  0..e (the x of the steps axis)
 */
public record EfficiencyCurve(Cell cell, int runs, int smoothing, int stride, CurveBand iqm, double[] steps) {

    /** The curve of a cell's runs, or null if every run diverged. */
    static EfficiencyCurve of(Cell cell, List<RunCurve> all, ReportSettings settings) {
        List<RunCurve> runs = all.stream().filter(r -> !r.diverged()).toList();
        if (runs.isEmpty()) {
            return null;
        }
        double[][] returns = runs.stream().map(RunCurve::returns).toArray(double[][]::new);
        int common = Arrays.stream(returns).mapToInt(r -> r.length).min().orElseThrow();
        int smoothing = settings.smoothingFor(cell.environment());
        int stride = CurveSettings.strideFor(common, settings.curvePoints());
        BootstrapSettings bootstrap = new BootstrapSettings(settings.curveResamples(), settings.level(),
                runs.size() >= 2 ? settings.method() : IntervalMethod.PERCENTILE, Jackknife.ACROSS_STRATA);
        CurveBand iqm = SampleEfficiencyCurves.of(returns, new CurveSettings(smoothing, stride),
                List.of(Aggregate.IQM), bootstrap, IndexSource.seeded(Bootstraps.seed(settings, "curve",
                        cell.toString()))).get(0);
        return new EfficiencyCurve(cell, runs.size(), smoothing, stride, iqm, medianSteps(runs, iqm.episodes()));
    }

    /** At each given episode e, the median over runs of Σ_{t ≤ e} length(t) (runs that have episode e). */
    static double[] medianSteps(List<RunCurve> runs, int[] episodes) {
        long[][] cumulative = new long[runs.size()][];
        for (int r = 0; r < runs.size(); r++) {
            int[] lengths = runs.get(r).lengths();
            long[] c = new long[lengths.length];
            long sum = 0;
            for (int e = 0; e < lengths.length; e++) {
                sum += lengths[e];
                c[e] = sum;
            }
            cumulative[r] = c;
        }
        double[] out = new double[episodes.length];
        double[] buffer = new double[runs.size()];
        for (int p = 0; p < episodes.length; p++) {
            int n = 0;
            for (long[] c : cumulative) {
                if (episodes[p] < c.length) {
                    buffer[n++] = c[episodes[p]];
                }
            }
            Arrays.sort(buffer, 0, n);
            out[p] = n == 0 ? Double.NaN : Quantiles.ofSorted(buffer, 0, n, 50);
        }
        return out;
    }
}
