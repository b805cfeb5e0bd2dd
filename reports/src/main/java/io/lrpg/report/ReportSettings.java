package io.lrpg.report;

import io.lrpg.report.figure.XUnit;
import io.lrpg.report.stats.BootstrapSettings;
import io.lrpg.report.stats.IntervalMethod;
import io.lrpg.report.stats.Jackknife;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Settings of the statistics and figures of a report. Every bootstrap is seeded from {@code seed}, so a report is a
 * deterministic function of the result files and these settings.
 *
 * @param resamples        bootstrap resamples of the per-cell and aggregate interval estimates (median, mean, IQM,
 *                         optimality gap, P(X &gt; Y))
 * @param ratioResamples   resamples of runs for the episodes-ratio intervals (each recomputes two median curves over
 *                         every episode, the report's most expensive statistic)
 * @param curveResamples   resamples of runs for the bands of the sample-efficiency curves
 * @param profileResamples resamples for the bands of the performance profiles
 * @param seed             seed of every bootstrap
 * @param level            confidence level of every interval
 * @param method           the interval method the tables and verdicts use (both methods are in
 *                         {@code intervals.csv})
 * @param xUnit            x axis of the clean learning-curve and sample-efficiency figures
 * @param lastEpisodes     N of "mean return over the last N episodes", ≥ 1
 * @param smoothing        half-window h of the per-run moving average of the sample-efficiency curves for every
 *                         environment, or empty for each environment's claim smoothing
 *                         ({@link PaperReference#claimSmoothing})
 * @param curvePoints      the most episodes at which a sample-efficiency band is evaluated (longer curves are
 *                         decimated to every k-th episode), ≥ 2
 * @param episodesExport   whether {@code episodes.csv} is written
 * @param curvesExport     whether {@code curves.csv} (the per-episode median and quartiles of every cell) is written
 */
public record ReportSettings(int resamples, int ratioResamples, int curveResamples, int profileResamples, long seed,
        double level, IntervalMethod method, XUnit xUnit, int lastEpisodes, OptionalInt smoothing, int curvePoints,
        EpisodesExport episodesExport, EpisodesExport curvesExport) {

    /** The default seed of the bootstraps. */
    public static final long DEFAULT_SEED = 20_230_604L;

    /**
     * Whether the report writes a per-episode export: {@code episodes.csv} (every episode of every run: about 360 MB for
     * the paper profile) or {@code curves.csv} (every episode of every cell's median curve: 51 MB for an 18-variant
     * Goddard sweep).
     */
    public enum EpisodesExport {
        /** Write the file. */
        WRITE,
        /** Leave it out (report.md says so). */
        SKIP
    }

    public ReportSettings {
        for (int r : new int[] {resamples, ratioResamples, curveResamples, profileResamples}) {
            if (r < 1) {
                throw new IllegalArgumentException("resamples must be >= 1, was " + r);
            }
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(xUnit, "xUnit");
        Objects.requireNonNull(smoothing, "smoothing");
        Objects.requireNonNull(episodesExport, "episodesExport");
        Objects.requireNonNull(curvesExport, "curvesExport");
        if (lastEpisodes < 1) {
            throw new IllegalArgumentException("lastEpisodes must be >= 1, was " + lastEpisodes);
        }
        if (smoothing.isPresent() && smoothing.getAsInt() < 0) {
            throw new IllegalArgumentException("smoothing must be >= 0, was " + smoothing.getAsInt());
        }
        if (curvePoints < 2) {
            throw new IllegalArgumentException("curvePoints must be >= 2, was " + curvePoints);
        }
    }

    /**
     * 10 000 resamples for interval estimates, 1 000 for episode ratios and curve bands, 2 000 for profiles (rliable's
     * default there), seed {@value #DEFAULT_SEED}, 95 %, percentile intervals (rliable's default), x in episodes, N =
     * 100, each environment's claim smoothing, at most 3 001 evaluated episodes per curve (Goddard's 30 000 at every
     * 10th and the last), {@code episodes.csv} and {@code curves.csv} written.
     */
    public static ReportSettings defaults() {
        return new ReportSettings(10_000, 1_000, 1_000, 2_000, DEFAULT_SEED, 0.95, IntervalMethod.PERCENTILE,
                XUnit.EPISODES, 100, OptionalInt.empty(), 3_001, EpisodesExport.WRITE,
                EpisodesExport.WRITE);
    }

    /** The bootstrap settings of the interval estimates. */
    public BootstrapSettings bootstrap() {
        return new BootstrapSettings(resamples, level, method, Jackknife.ACROSS_STRATA);
    }

    /** The smoothing half-window of an environment's sample-efficiency curves. */
    public int smoothingFor(String environment) {
        return smoothing.orElse(PaperReference.claimSmoothing(environment));
    }

    public ReportSettings withResamples(int value) {
        return new ReportSettings(value, ratioResamples, curveResamples, profileResamples, seed, level, method, xUnit,
                lastEpisodes, smoothing, curvePoints, episodesExport, curvesExport);
    }

    public ReportSettings withRatioResamples(int value) {
        return new ReportSettings(resamples, value, curveResamples, profileResamples, seed, level, method, xUnit,
                lastEpisodes, smoothing, curvePoints, episodesExport, curvesExport);
    }

    public ReportSettings withCurveResamples(int value) {
        return new ReportSettings(resamples, ratioResamples, value, profileResamples, seed, level, method, xUnit,
                lastEpisodes, smoothing, curvePoints, episodesExport, curvesExport);
    }

    public ReportSettings withProfileResamples(int value) {
        return new ReportSettings(resamples, ratioResamples, curveResamples, value, seed, level, method, xUnit,
                lastEpisodes, smoothing, curvePoints, episodesExport, curvesExport);
    }

    public ReportSettings withMethod(IntervalMethod value) {
        return new ReportSettings(resamples, ratioResamples, curveResamples, profileResamples, seed, level, value,
                xUnit, lastEpisodes, smoothing, curvePoints, episodesExport, curvesExport);
    }

    public ReportSettings withXUnit(XUnit value) {
        return new ReportSettings(resamples, ratioResamples, curveResamples, profileResamples, seed, level, method,
                value, lastEpisodes, smoothing, curvePoints, episodesExport, curvesExport);
    }

    public ReportSettings withEpisodesExport(EpisodesExport value) {
        return new ReportSettings(resamples, ratioResamples, curveResamples, profileResamples, seed, level, method,
                xUnit, lastEpisodes, smoothing, curvePoints, value, curvesExport);
    }
}
