package io.lrpg.report;

import io.lrpg.report.stats.ClaimVerdict;
import io.lrpg.report.stats.IntervalEstimate;
import io.lrpg.report.stats.IntervalMethod;
import io.lrpg.report.stats.ProbabilityOfImprovement;
import io.lrpg.report.stats.Sample;
import io.lrpg.report.stats.VerdictRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The paper's claims, checked against measured results with explicit rules ({@link VerdictRules}).
 *
 * <ul>
 *   <li><b>Parameter ratio "4–6 %"</b> (a fact about model sizes; one row per environment for the legend counts and
 *       one for the true counts): reproduced if the ratio rounds to a whole percentage in 4–6, that is
 *       3.5 % ≤ ratio &lt; 6.5 %; otherwise not reproduced. Never fails {@code --check}.</li>
 *   <li><b>Final return "similar or better"</b> (per environment): the interval [l, u] of p = P(lowrank &gt; nn)
 *       over final returns ({@link ProbabilityOfImprovement}, runs resampled within each model; a diverged run counts
 *       as worse than every finite return) against the non-inferiority threshold ½ − δ = 0.40
 *       ({@link VerdictRules#similarOrBetter}): reproduced if l ≥ 0.40, not reproduced if u &lt; 0.40, inconclusive
 *       otherwise.</li>
 *   <li><b>Episodes ratio</b> (nn episodes / lowrank episodes, per {@link PaperReference#EPISODES_MEASURES}, against
 *       the paper's ρ; {@link VerdictRules#ratio}): inconclusive if the interval contains 1; reproduced if it
 *       contains ρ; consistent if the estimate is within ±25 % of ρ and the interval lies on ρ's side of 1; not
 *       reproduced otherwise (also when the low-rank median never gets there).</li>
 * </ul>
 * Both result rules first give "too few runs" when a model has fewer than {@value VerdictRules#MIN_RUNS} runs.
 */
public final class Claims {

    /** The claim of the final-return rows. */
    public static final String FINAL_CLAIM = "final return similar or better (lowrank vs nn)";

    private Claims() {
    }

    /** Verdict of a parameter ratio against "4–6 %". */
    public static Verdict parameterVerdict(double ratio) {
        return ratio >= 0.035 && ratio < 0.065 ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED;
    }

    /** The parameter-ratio rows: legend counts and true counts per environment. */
    public static List<Claim> parameterClaims(List<ParameterCounts> counts) {
        List<Claim> out = new ArrayList<>();
        for (ParameterCounts c : counts) {
            double legend = c.paperLegendRatio();
            out.add(new Claim("parameter ratio 4–6 % (paper-legend counts)", c.environment(), ClaimKind.MODEL_SIZE,
                    "4–6 %", percent(legend), Double.NaN, Double.NaN, parameterVerdict(legend),
                    c.lowrankPaperLegend() + " / " + c.nnPaperLegend() + " (the paper's legend)"));
            if (c.hasTrueCounts()) {
                double truth = c.trueRatio();
                out.add(new Claim("parameter ratio 4–6 % (true counts)", c.environment(), ClaimKind.MODEL_SIZE,
                        "4–6 %", percent(truth), Double.NaN, Double.NaN, parameterVerdict(truth),
                        c.lowrankTrue() + " / " + c.nnTrue() + " (from the paper variant's run records)"));
            }
        }
        return out;
    }

    /** The row of a variant whose settings differ from the paper's: the paper's claims do not apply to it. */
    public static Claim notComparable(Cell cell, List<io.lrpg.results.SettingDifference> differences) {
        String how = differences.isEmpty() ? "its label is not the paper's" : differences.stream()
                .map(io.lrpg.results.SettingDifference::describe).collect(java.util.stream.Collectors.joining("; "));
        return new Claim("paper claims (" + cell.model() + ", variant " + cell.variant() + ")", cell.environment(),
                ClaimKind.RESULTS, "–", "–", Double.NaN, Double.NaN, Verdict.NOT_COMPARABLE,
                "settings differ from the paper's: " + how);
    }

    /**
     * The final returns of both models for P(lowrank &gt; nn): each model's runs in seed order, a diverged run
     * replaced by a value below every finite final return of both (min − 1), so that it loses every comparison with a
     * finite return and ties another diverged run. P depends only on the order of the values, so this is exact.
     *
     * @return {x, y}
     */
    static double[][] finalsWithDivergedLast(List<RunCurve> lowrank, List<RunCurve> nn) {
        double floor = Double.POSITIVE_INFINITY;
        for (List<RunCurve> runs : List.of(lowrank, nn)) {
            for (RunCurve r : runs) {
                if (!r.diverged()) {
                    floor = Math.min(floor, r.finalReturn());
                }
            }
        }
        double worst = Double.isFinite(floor) ? floor - Math.max(1, Math.abs(floor)) : 0;
        double[][] out = new double[2][];
        out[0] = lowrank.stream().mapToDouble(r -> r.diverged() ? worst : r.finalReturn()).toArray();
        out[1] = nn.stream().mapToDouble(r -> r.diverged() ? worst : r.finalReturn()).toArray();
        return out;
    }

    /** P(lowrank &gt; nn) of final returns with both intervals ({@link #finalsWithDivergedLast}). */
    static Estimate probabilityOfImprovement(List<RunCurve> lowrank, List<RunCurve> nn, ReportSettings settings,
            String environment) {
        double[][] xy = finalsWithDivergedLast(lowrank, nn);
        return Bootstraps.estimates(Sample.pair(new double[][] {xy[0]}, new double[][] {xy[1]}),
                List.of(ProbabilityOfImprovement.STATISTIC), settings.resamples(), settings,
                Bootstraps.seed(settings, "P(lowrank > nn)", environment)).get(0);
    }

    /** The final-return row of one environment. */
    public static Claim finalReturnClaim(String environment, CellSummary lowrank, CellSummary nn,
            List<RunCurve> lowrankRuns, List<RunCurve> nnRuns, ReportSettings settings) {
        Estimate p = probabilityOfImprovement(lowrankRuns, nnRuns, settings, environment);
        return finalReturnClaim(environment, p.get(settings.method()), settings.method(), lowrank, nn);
    }

    /**
     * The final-return row from a measured interval of P(lowrank &gt; nn).
     *
     * @param method the interval method of the medians printed in the basis
     */
    static Claim finalReturnClaim(String environment, IntervalEstimate p, IntervalMethod method, CellSummary lowrank,
            CellSummary nn) {
        ClaimVerdict verdict = VerdictRules.similarOrBetter(p, lowrank.runs(), nn.runs());
        int d = decimals(environment);
        StringBuilder basis = new StringBuilder();
        Estimate lr = lowrank.estimate(ScoreKind.FINAL, Measure.MEDIAN);
        Estimate n = nn.estimate(ScoreKind.FINAL, Measure.MEDIAN);
        if (lr != null && n != null) {
            basis.append("median final lowrank ").append(lr.get(method).format(d)).append(" vs nn ")
                    .append(n.get(method).format(d)).append("; ");
            FinalPerformance.MannWhitney test = FinalPerformance.mannWhitney(lowrank.finalReturns(),
                    nn.finalReturns());
            basis.append(String.format(Locale.ROOT, "Mann–Whitney p = %.3g; ", test.pValue()));
        }
        basis.append(String.format(Locale.ROOT, "reproduced if the interval's lower end ≥ %.2f, not reproduced if its "
                + "upper end < %.2f; lowrank %s, nn %s", 0.5 - VerdictRules.SIMILARITY_MARGIN,
                0.5 - VerdictRules.SIMILARITY_MARGIN, lowrank.health(), nn.health()));
        return new Claim(FINAL_CLAIM, environment, ClaimKind.RESULTS, PaperReference.paperFinal(environment),
                "P(lowrank > nn) = " + p.format(3), p.lower(), p.upper(), Verdict.of(verdict), basis.toString());
    }

    /** The episodes-ratio rows of one environment (one per measure defined for it). */
    public static List<Claim> episodesClaims(String environment, List<RunCurve> lowrank, List<RunCurve> nn,
            CellSummary lowrankSummary, CellSummary nnSummary, ReportSettings settings) {
        List<Claim> out = new ArrayList<>();
        List<double[]> lr = lowrank.stream().map(RunCurve::returns).toList();
        List<double[]> n = nn.stream().map(RunCurve::returns).toList();
        List<PaperReference.EpisodesMeasure> specs = PaperReference.EPISODES_MEASURES.stream()
                .filter(m -> m.environment().equals(environment)).toList();
        if (specs.isEmpty()) {
            return out;
        }
        List<SampleEfficiency.EpisodeMeasure> measures = specs.stream().map(Claims::measure).toList();
        List<Interval> ratios = SampleEfficiency.episodesRatios(n, lr, measures, settings.ratioResamples(),
                Bootstraps.seed(settings, "episodes ratio", environment), settings.level());
        double[] lrMedian = lowrankSummary.bands().median();
        double[] nnMedian = nnSummary.bands().median();
        String health = "lowrank " + lowrankSummary.health() + ", nn " + nnSummary.health();
        for (int i = 0; i < specs.size(); i++) {
            PaperReference.EpisodesMeasure m = specs.get(i);
            SampleEfficiency.EpisodeMeasure measure = measures.get(i);
            String basis = "episodes needed (" + m.description() + "): lowrank " + episodes(measure, lrMedian)
                    + ", nn " + episodes(measure, nnMedian) + "; " + ratios.get(i).resamples() + " run resamples"
                    + (ratios.get(i).failed() > 0 ? " (" + ratios.get(i).failed() + " where neither median got "
                            + "there, left out)" : "") + "; " + health;
            out.add(ratioClaim(environment, m, ratios.get(i), lowrank.size(), nn.size(), basis));
        }
        return out;
    }

    /** The measure of a claim's specification. */
    static SampleEfficiency.EpisodeMeasure measure(PaperReference.EpisodesMeasure m) {
        return Double.isNaN(m.threshold()) ? SampleEfficiency.EpisodeMeasure.rise(m.riseFraction(),
                m.smoothingHalfWidth()) : SampleEfficiency.EpisodeMeasure.threshold(m.threshold(),
                        m.smoothingHalfWidth());
    }

    /** One episodes-ratio row from its measured interval (see the class comment for the rule). */
    static Claim ratioClaim(String environment, PaperReference.EpisodesMeasure m, Interval ratio, int runsLowrank,
            int runsNn, String basis) {
        String claim = "fewer episodes: nn/lowrank episodes, " + m.description();
        String paper = String.format(Locale.ROOT, "%.1f×", m.paperRatio());
        Verdict verdict;
        String measured;
        if (Double.isNaN(ratio.estimate()) || Double.isNaN(ratio.lower())) {
            verdict = Math.min(runsLowrank, runsNn) < VerdictRules.MIN_RUNS ? Verdict.TOO_FEW_RUNS
                    : Verdict.NOT_REPRODUCED;
            measured = Double.isNaN(ratio.estimate()) ? "neither median gets there" : "undefined in every resample";
        } else {
            IntervalEstimate estimate = new IntervalEstimate(ratio.estimate(), ratio.lower(), ratio.upper(),
                    ratio.level(), IntervalMethod.PERCENTILE, ratio.resamples());
            verdict = Verdict.of(VerdictRules.ratio(estimate, m.paperRatio(), runsLowrank, runsNn));
            measured = formatRatio(ratio.estimate()) + " [" + formatRatio(ratio.lower()) + ", "
                    + formatRatio(ratio.upper()) + "]×";
        }
        return new Claim(claim, environment, ClaimKind.RESULTS, paper, measured, ratio.lower(), ratio.upper(),
                verdict, basis);
    }

    private static String formatRatio(double r) {
        return Double.isInfinite(r) ? "∞" : String.format(Locale.ROOT, "%.2f", r);
    }

    private static String episodes(SampleEfficiency.EpisodeMeasure measure, double[] median) {
        var e = measure.apply(median);
        return e.isPresent() ? Integer.toString(e.getAsInt() + 1) : "never";
    }

    /** Decimals used to print returns of an environment. */
    static int decimals(String environment) {
        return "goddard".equals(environment) ? 4 : 2;
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * ratio);
    }
}
