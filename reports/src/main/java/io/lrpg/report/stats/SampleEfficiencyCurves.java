package io.lrpg.report.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Sample-efficiency curves (rliable's IQM-vs-progress plots): at each evaluated episode, a statistic over runs
 * (IQM, median, …) of the runs' returns, with a bootstrap band over runs.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li><b>Common episodes.</b> Run r "reached" episode e if its returns at 0..e are all finite; the curves are
 *       cut to the episodes every run reached, [0, L) with L = min_r (length of run r's finite prefix). A run
 *       that diverges therefore shortens every curve; drop such runs first (see {@link FailureModes}) if that is
 *       not wanted.</li>
 *   <li><b>Smoothing</b> (optional): run r's curve c over [0, L) becomes
 *       s(e) = (1/(b − a + 1)) Σ_{t=a}^{b} c(t), a = max(0, e − h), b = min(L − 1, e + h), computed from prefix
 *       sums (h = 0: s = c exactly).</li>
 *   <li><b>Decimation</b> (optional): evaluate at e ∈ {0, k, 2k, …} ∪ {L − 1} ({@link CurveSettings}).</li>
 *   <li><b>Band:</b> B resamples of the n runs (with replacement, one stratum) are drawn once and applied to
 *       every evaluated episode, as rliable does for its curves (a resample is a set of runs, not of points);
 *       each episode's interval is then computed from its B replicates as in {@link BootstrapDistribution}.</li>
 * </ol>
 * Cost: O(n·L) for smoothing, O(n·B) index draws, and per evaluated episode and statistic O(n log n + B·n +
 * B log B); memory O(n·P + n·B) for P evaluated episodes.
 */
public final class SampleEfficiencyCurves {

    private SampleEfficiencyCurves() {
    }

    /**
     * The bands of the given statistics (one {@link CurveBand} each, same order, same resamples).
     *
     * @param runs       {@code runs[r][e]}: run r's return at episode e (runs may differ in length)
     * @param curve      smoothing and decimation
     * @param statistics statistics of one stratum of runs, e.g. {@link Aggregate#IQM}, {@link Aggregate#MEDIAN}
     * @throws IllegalArgumentException if there are no runs or some run has no finite return at episode 0
     */
    public static List<CurveBand> of(double[][] runs, CurveSettings curve, List<? extends Statistic> statistics,
            BootstrapSettings settings, IndexSource source) {
        int n = runs.length;
        if (n == 0) {
            throw new IllegalArgumentException("no runs");
        }
        int common = commonEpisodes(runs);
        int[] episodes = evaluatedEpisodes(common, curve.stride());
        double[][] atEpisode = smoothedAt(runs, common, episodes, curve.smoothingHalfWindow());

        Sample layout = Sample.of(atEpisode[0]);
        int resamples = settings.resamples();
        int[][] weights = new int[resamples][n];
        for (int b = 0; b < resamples; b++) {
            StratifiedBootstrap.drawWeights(layout, source, weights[b]);
        }

        int count = statistics.size();
        List<List<IntervalEstimate>> points = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            statistics.get(k).check(layout);
            points.add(new ArrayList<>(episodes.length));
        }
        double[] scratch = new double[1];
        int[] unit = layout.unitWeights();
        double[] replicates = new double[resamples];   // reused: each distribution lives for one interval
        for (int p = 0; p < episodes.length; p++) {
            Sample sample = p == 0 ? layout : Sample.of(atEpisode[p]);
            for (int k = 0; k < count; k++) {
                Statistic statistic = statistics.get(k);
                double estimate = statistic.evaluate(sample, unit, scratch);
                for (int b = 0; b < resamples; b++) {
                    replicates[b] = statistic.evaluate(sample, weights[b], scratch);
                }
                points.get(k).add(new BootstrapDistribution(sample, statistic, estimate, replicates)
                        .interval(settings));
            }
        }
        List<CurveBand> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(new CurveBand(statistics.get(k), episodes, points.get(k)));
        }
        return out;
    }

    /** L = min over runs of the length of the run's finite prefix. */
    static int commonEpisodes(double[][] runs) {
        int common = Integer.MAX_VALUE;
        for (int r = 0; r < runs.length; r++) {
            int finite = 0;
            while (finite < runs[r].length && Double.isFinite(runs[r][finite])) {
                finite++;
            }
            if (finite == 0) {
                throw new IllegalArgumentException("run " + r + " has no finite return at episode 0");
            }
            common = Math.min(common, finite);
        }
        return common;
    }

    /** {0, k, 2k, … &lt; L} ∪ {L − 1}, increasing. */
    static int[] evaluatedEpisodes(int common, int stride) {
        int regular = (common - 1) / stride + 1;
        boolean lastIncluded = (common - 1) % stride == 0;
        int[] episodes = new int[regular + (lastIncluded ? 0 : 1)];
        for (int p = 0; p < regular; p++) {
            episodes[p] = p * stride;
        }
        if (!lastIncluded) {
            episodes[regular] = common - 1;
        }
        return episodes;
    }

    /** out[p][r] = run r's curve, cut to [0, L) and smoothed with half-window h, at episodes[p]. */
    private static double[][] smoothedAt(double[][] runs, int common, int[] episodes, int halfWindow) {
        double[][] out = new double[episodes.length][runs.length];
        double[] prefix = new double[common + 1];
        for (int r = 0; r < runs.length; r++) {
            double[] curve = runs[r];
            if (halfWindow == 0) {
                for (int p = 0; p < episodes.length; p++) {
                    out[p][r] = curve[episodes[p]];
                }
                continue;
            }
            // prefix[t] = Σ_{u < t} c(u)
            for (int t = 0; t < common; t++) {
                prefix[t + 1] = prefix[t] + curve[t];
            }
            for (int p = 0; p < episodes.length; p++) {
                int e = episodes[p];
                int from = Math.max(0, e - halfWindow);
                int to = Math.min(common - 1, e + halfWindow);
                out[p][r] = (prefix[to + 1] - prefix[from]) / (to - from + 1);
            }
        }
        return out;
    }
}
