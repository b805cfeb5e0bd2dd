package io.lrpg.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The paper's claims, checked against measured results with explicit rules.
 *
 * <ul>
 *   <li><b>Parameter ratio "4–6 %"</b> (one row per environment for the legend counts and one for the true counts):
 *       reproduced if the ratio rounds to a whole percentage in 4–6, that is 3.5 % ≤ ratio &lt; 6.5 %; otherwise not
 *       reproduced.</li>
 *   <li><b>Final return "similar or better"</b> (per environment, final-episode returns of non-diverged runs):
 *       reproduced if P(lowrank &gt; nn) ≥ 0.5 or the two-sided Mann–Whitney p ≥ 0.05 (no detectable difference);
 *       partly if nn is significantly better but the lowrank median final is within 5 % of the nn median final
 *       (|m<sub>lr</sub> − m<sub>nn</sub>| ≤ 0.05·|m<sub>nn</sub>|); not reproduced otherwise.</li>
 *   <li><b>Episodes ratio</b> (nn episodes / lowrank episodes, per {@link PaperReference#EPISODES_MEASURES}):
 *       reproduced if the bootstrap interval contains the paper's ratio or the estimate is within ±25 % of it;
 *       partly if the estimate and the interval's lower end both exceed 1 (lowrank reliably faster, by another
 *       factor); not reproduced otherwise, including when a median never reaches the level.</li>
 * </ul>
 */
public final class Claims {

    /** Significance level of the Mann–Whitney test in the final-return rule. */
    public static final double ALPHA = 0.05;
    /** Relative difference of median finals still called "partly" similar. */
    public static final double FINAL_TOLERANCE = 0.05;
    /** Relative distance from the paper's ratio still called reproduced. */
    public static final double RATIO_TOLERANCE = 0.25;

    private Claims() {
    }

    /** Verdict of a parameter ratio against "4–6 %". */
    public static Verdict parameterVerdict(double ratio) {
        return ratio >= 0.035 && ratio < 0.065 ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED;
    }

    /** Verdict of "final return similar or better" (see the class comment). */
    public static Verdict finalVerdict(double pValue, double probabilityLowrankBetter, double lowrankMedian,
            double nnMedian) {
        if (probabilityLowrankBetter >= 0.5 || pValue >= ALPHA) {
            return Verdict.REPRODUCED;
        }
        if (Math.abs(lowrankMedian - nnMedian) <= FINAL_TOLERANCE * Math.abs(nnMedian)) {
            return Verdict.PARTLY;
        }
        return Verdict.NOT_REPRODUCED;
    }

    /** Verdict of an episodes ratio against the paper's (see the class comment). */
    public static Verdict episodesVerdict(Interval measured, double paperRatio) {
        double r = measured.estimate();
        if (!Double.isFinite(r)) {
            return Verdict.NOT_REPRODUCED;
        }
        if (measured.contains(paperRatio) || Math.abs(r / paperRatio - 1) <= RATIO_TOLERANCE) {
            return Verdict.REPRODUCED;
        }
        if (r > 1 && measured.lower() > 1) {
            return Verdict.PARTLY;
        }
        return Verdict.NOT_REPRODUCED;
    }

    /** The parameter-ratio rows: legend counts and true counts per environment. */
    public static List<Claim> parameterClaims(List<ParameterCounts> counts) {
        List<Claim> out = new ArrayList<>();
        for (ParameterCounts c : counts) {
            double legend = c.paperLegendRatio();
            out.add(new Claim("parameter ratio 4–6 % (paper-legend counts)", c.environment(), "4–6 %",
                    percent(legend), Double.NaN, Double.NaN, parameterVerdict(legend),
                    c.lowrankPaperLegend() + " / " + c.nnPaperLegend() + " (the paper's legend)"));
            if (c.hasTrueCounts()) {
                double truth = c.trueRatio();
                out.add(new Claim("parameter ratio 4–6 % (true counts)", c.environment(), "4–6 %", percent(truth),
                        Double.NaN, Double.NaN, parameterVerdict(truth), c.lowrankTrue() + " / " + c.nnTrue()
                                + " (from the paper variant's run records)"));
            }
        }
        return out;
    }

    /**
     * The row of a variant whose settings differ from the paper's: the paper's claims do not apply to it.
     */
    public static Claim notComparable(Cell cell, List<io.lrpg.results.SettingDifference> differences) {
        String how = differences.isEmpty() ? "its label is not the paper's" : differences.stream()
                .map(io.lrpg.results.SettingDifference::describe).collect(java.util.stream.Collectors.joining("; "));
        return new Claim("paper claims (" + cell.model() + ", variant " + cell.variant() + ")", cell.environment(),
                "–", "–", Double.NaN, Double.NaN, Verdict.NOT_COMPARABLE, "settings differ from the paper's: " + how);
    }

    /** The final-return row of one environment. */
    public static Claim finalReturnClaim(String environment, CellSummary lowrank, CellSummary nn) {
        String claim = "final return similar or better (lowrank vs nn)";
        if (lowrank.finalReturns().length == 0 || nn.finalReturns().length == 0) {
            return new Claim(claim, environment, paperFinal(environment), "no non-diverged runs", Double.NaN,
                    Double.NaN, Verdict.NOT_REPRODUCED, "every run of one model diverged");
        }
        FinalPerformance.MannWhitney test = FinalPerformance.mannWhitney(lowrank.finalReturns(), nn.finalReturns());
        double p = FinalPerformance.probabilityOfImprovement(lowrank.finalReturns(), nn.finalReturns());
        Interval lr = lowrank.medianFinal();
        Interval n = nn.medianFinal();
        int d = decimals(environment);
        String measured = "lowrank " + lr.format(d) + " vs nn " + n.format(d);
        String basis = String.format(Locale.ROOT, "Mann–Whitney U = %.1f, p = %.3g; P(lowrank > nn) = %.3f; runs %d vs %d",
                test.u(), test.pValue(), p, lowrank.finalReturns().length, nn.finalReturns().length);
        return new Claim(claim, environment, paperFinal(environment), measured, Double.NaN, Double.NaN,
                finalVerdict(test.pValue(), p, lr.estimate(), n.estimate()), basis);
    }

    /** The episodes-ratio rows of one environment (one per measure defined for it). */
    public static List<Claim> episodesClaims(String environment, List<RunCurve> lowrank, List<RunCurve> nn,
            ReportSettings settings) {
        List<Claim> out = new ArrayList<>();
        List<double[]> lr = lowrank.stream().map(RunCurve::returns).toList();
        List<double[]> n = nn.stream().map(RunCurve::returns).toList();
        List<PaperReference.EpisodesMeasure> specs = PaperReference.EPISODES_MEASURES.stream()
                .filter(m -> m.environment().equals(environment)).toList();
        if (specs.isEmpty()) {
            return out;
        }
        List<SampleEfficiency.EpisodeMeasure> measures = specs.stream().map(m -> Double.isNaN(m.threshold())
                ? SampleEfficiency.EpisodeMeasure.rise(m.riseFraction(), m.smoothingHalfWidth())
                : SampleEfficiency.EpisodeMeasure.threshold(m.threshold(), m.smoothingHalfWidth())).toList();
        List<Interval> ratios = SampleEfficiency.episodesRatios(n, lr, measures, settings.ratioResamples(),
                settings.seed(), settings.level());
        double[] lrMedian = EpisodeBands.of(lr).median();
        double[] nnMedian = EpisodeBands.of(n).median();
        for (int i = 0; i < specs.size(); i++) {
            PaperReference.EpisodesMeasure m = specs.get(i);
            SampleEfficiency.EpisodeMeasure measure = measures.get(i);
            Interval ratio = ratios.get(i);
            String measured = Double.isFinite(ratio.estimate()) ? ratio.format(2) + "×" : "not reached";
            String basis = "episodes needed (" + m.description() + "): lowrank " + episodes(measure, lrMedian)
                    + ", nn " + episodes(measure, nnMedian) + "; " + ratio.resamples() + " run resamples"
                    + (ratio.failed() > 0 ? ", " + ratio.failed() + " never reached" : "");
            out.add(new Claim("fewer episodes: nn/lowrank episodes, " + m.description(), environment,
                    String.format(Locale.ROOT, "%.1f×", m.paperRatio()), measured, ratio.lower(), ratio.upper(),
                    episodesVerdict(ratio, m.paperRatio()), basis));
        }
        return out;
    }

    private static String episodes(SampleEfficiency.EpisodeMeasure measure, double[] median) {
        var e = measure.apply(median);
        return e.isPresent() ? Integer.toString(e.getAsInt() + 1) : "never";
    }

    private static String paperFinal(String environment) {
        switch (environment) {
            case "pendulum":
                return "≈99.4 vs ≈98.9 (fig. 1)";
            case "acrobot":
                return "≈94.7 vs ≈94.0 (fig. 1)";
            case "goddard":
                return "≈1.17–1.18 vs ≈1.17 (fig. 1)";
            default:
                return "similar or better";
        }
    }

    /** Decimals used to print returns of an environment. */
    static int decimals(String environment) {
        return "goddard".equals(environment) ? 4 : 2;
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * ratio);
    }
}
