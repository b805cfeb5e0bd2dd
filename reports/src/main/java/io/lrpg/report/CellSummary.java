package io.lrpg.report;

import io.lrpg.report.stats.FailureModes;
import io.lrpg.report.stats.RunDiagnosis;
import io.lrpg.report.stats.RunHealth;
import io.lrpg.report.stats.StuckRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The statistics of one (environment, model, variant) cell.
 *
 * <p>Scores: a run's final return and its mean return over the last N episodes ({@link ScoreKind}); a diverged run
 * has neither and is left out of the score statistics (it is counted, and its curve counts until it stopped). Each
 * score gets the {@link Measure}s with percentile and BCa intervals from one stratified bootstrap over the cell's runs
 * (one stratum); the optimality gap only for environments with a normalization ({@link PaperReference#normalization}),
 * with γ = the top of the paper's axis in returns.
 *
 * @param cell     environment, model and variant
 * @param runs     runs read
 * @param failures the diverged and stuck runs ({@link FailureModes}, rule {@link StuckRule#DEFAULT}), by seed
 * @param bands    per-episode median and quartiles over runs
 * @param scores   per score kind, the scores of the runs that did not diverge, in seed order
 * @param measures per score kind, the measures with intervals (empty if every run diverged)
 * @param p25Final 25th percentile of the final returns (NaN if none)
 * @param p75Final 75th percentile of the final returns (NaN if none)
 * @param rise90   first episode index where the median reaches 90 % of its rise
 * @param rise95   same at 95 %
 * @param rise90Smoothed same at 90 %, on the median smoothed by ±{@value PaperReference#SMOOTHING_HALF_WIDTH}
 */
public record CellSummary(Cell cell, int runs, List<Failure> failures, EpisodeBands bands,
        Map<ScoreKind, double[]> scores, Map<ScoreKind, Map<Measure, Estimate>> measures, double p25Final,
        double p75Final, OptionalInt rise90, OptionalInt rise95, OptionalInt rise90Smoothed) {

    /**
     * A run that failed.
     *
     * @param seed   the run's seed
     * @param health DIVERGED or STUCK
     * @param since  the first episode of its non-finite (diverged) or constant (stuck) ending
     * @param value  the value it is stuck at (NaN for a diverged run)
     */
    public record Failure(long seed, RunHealth health, int since, double value) {
    }

    /** Computes the summary of a cell's runs. */
    public static CellSummary of(Cell cell, List<RunCurve> runs, ReportSettings settings) {
        List<Failure> failures = new ArrayList<>();
        for (RunCurve run : runs) {
            RunDiagnosis d = FailureModes.diagnose(run.returns(), StuckRule.DEFAULT);
            if (d.health() != RunHealth.HEALTHY) {
                failures.add(new Failure(run.seed(), d.health(), d.since(),
                        d.health() == RunHealth.STUCK ? run.finalReturn() : Double.NaN));
            }
        }
        EpisodeBands bands = EpisodeBands.of(runs.stream().map(RunCurve::returns).toList());
        double gamma = PaperReference.normalization(cell.environment()).map(n -> n.max()).orElse(Double.NaN);
        Map<ScoreKind, double[]> scores = new EnumMap<>(ScoreKind.class);
        Map<ScoreKind, Map<Measure, Estimate>> measures = new EnumMap<>(ScoreKind.class);
        for (ScoreKind kind : ScoreKind.values()) {
            double[] s = runs.stream().mapToDouble(r -> kind.score(r.returns(), settings.lastEpisodes()))
                    .filter(Double::isFinite).toArray();
            scores.put(kind, s);
            measures.put(kind, s.length == 0 ? Map.of() : Collections.unmodifiableMap(Bootstraps.measures(
                    new double[][] {s}, gamma, settings, Bootstraps.seed(settings, "cell", cell.toString(),
                            kind.name()))));
        }
        double[] finals = scores.get(ScoreKind.FINAL);
        double p25 = finals.length == 0 ? Double.NaN : Percentiles.of(finals, 25);
        double p75 = finals.length == 0 ? Double.NaN : Percentiles.of(finals, 75);
        double[] m = bands.median();
        return new CellSummary(cell, runs.size(), List.copyOf(failures), bands, Collections.unmodifiableMap(scores),
                Collections.unmodifiableMap(measures), p25, p75,
                SampleEfficiency.EpisodeMeasure.rise(0.90, 0).apply(m),
                SampleEfficiency.EpisodeMeasure.rise(0.95, 0).apply(m),
                SampleEfficiency.EpisodeMeasure.rise(0.90, PaperReference.SMOOTHING_HALF_WIDTH).apply(m));
    }

    /** Episodes recorded (the longest run). */
    public int episodes() {
        return bands.episodes();
    }

    /** Runs that diverged. */
    public int diverged() {
        return (int) failures.stream().filter(f -> f.health() == RunHealth.DIVERGED).count();
    }

    /** Runs that are stuck. */
    public int stuck() {
        return (int) failures.stream().filter(f -> f.health() == RunHealth.STUCK).count();
    }

    /** The final returns of the runs that did not diverge. */
    public double[] finalReturns() {
        return scores.get(ScoreKind.FINAL);
    }

    /** A measure of a score with its intervals, or null if every run diverged (or the measure does not apply). */
    public Estimate estimate(ScoreKind kind, Measure measure) {
        return measures.get(kind).get(measure);
    }

    /** "100 runs (0 diverged, 3 stuck)". */
    public String health() {
        return runs + " runs (" + diverged() + " diverged, " + stuck() + " stuck)";
    }
}
