package io.lrpg.report;

import java.util.List;
import java.util.OptionalInt;

/**
 * The statistics of one (environment, model) cell.
 *
 * @param cell             environment and model
 * @param runs             runs read
 * @param diverged         runs that stopped on a non-finite return (left out of the final-return statistics)
 * @param bands            per-episode median and quartiles
 * @param finalReturns     final-episode returns of the runs that did not diverge
 * @param medianFinal      median final return with its bootstrap interval (null if every run diverged)
 * @param p25Final         25th percentile of final returns (NaN if none)
 * @param p75Final         75th percentile of final returns (NaN if none)
 * @param iqmFinal         interquartile mean of final returns (NaN if none)
 * @param rise90           first episode index where the median reaches 90 % of its rise
 * @param rise95           same at 95 %
 * @param rise90Smoothed   same at 90 %, on the median smoothed by ±{@value PaperReference#SMOOTHING_HALF_WIDTH}
 */
public record CellSummary(Cell cell, int runs, int diverged, EpisodeBands bands, double[] finalReturns,
        Interval medianFinal, double p25Final, double p75Final, double iqmFinal, OptionalInt rise90,
        OptionalInt rise95, OptionalInt rise90Smoothed) {

    /** Computes the summary of a cell's runs. */
    public static CellSummary of(Cell cell, List<RunCurve> runs, ReportSettings settings) {
        int diverged = (int) runs.stream().filter(RunCurve::diverged).count();
        EpisodeBands bands = EpisodeBands.of(runs.stream().map(RunCurve::returns).toList());
        double[] finals = FinalPerformance.finalReturns(runs);
        Interval median = null;
        double p25 = Double.NaN;
        double p75 = Double.NaN;
        double iqm = Double.NaN;
        if (finals.length > 0) {
            median = FinalPerformance.bootstrapMedian(finals, settings.medianResamples(), settings.seed(),
                    settings.level());
            p25 = Percentiles.of(finals, 25);
            p75 = Percentiles.of(finals, 75);
            iqm = FinalPerformance.iqm(finals);
        }
        double[] m = bands.median();
        return new CellSummary(cell, runs.size(), diverged, bands, finals, median, p25, p75, iqm,
                SampleEfficiency.EpisodeMeasure.rise(0.90, 0).apply(m),
                SampleEfficiency.EpisodeMeasure.rise(0.95, 0).apply(m),
                SampleEfficiency.EpisodeMeasure.rise(0.90, PaperReference.SMOOTHING_HALF_WIDTH).apply(m));
    }

    /** Episodes recorded (the longest run). */
    public int episodes() {
        return bands.episodes();
    }
}
