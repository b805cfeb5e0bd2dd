package io.lrpg.report;

import io.lrpg.report.stats.BootstrapDistribution;
import io.lrpg.report.stats.IndexSource;
import io.lrpg.report.stats.IntervalMethod;
import io.lrpg.report.stats.Jackknife;
import io.lrpg.report.stats.Sample;
import io.lrpg.report.stats.Statistic;
import io.lrpg.report.stats.StratifiedBootstrap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The report's use of the stratified bootstrap ({@link StratifiedBootstrap}): both intervals of several statistics
 * from one set of resamples, and a seed per estimate derived from the report's seed and the estimate's name, so that
 * adding an estimate to the report does not change the others.
 */
final class Bootstraps {

    private Bootstraps() {
    }

    /**
     * The seed of one estimate: the report's seed mixed with the UTF-8 bytes of its name by the 64-bit FNV-1a hash
     * h ← (h ⊕ byte)·1099511628211 starting from h = seed ⊕ 14695981039346656037.
     */
    static long seed(ReportSettings settings, String... name) {
        long h = settings.seed() ^ 0xcbf29ce484222325L;
        for (String part : name) {
            for (byte b : (part + "\u0000").getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
        }
        return h;
    }

    /** Both intervals of each statistic, from the same {@code resamples} resamples of the sample. */
    static List<Estimate> estimates(Sample sample, List<? extends Statistic> statistics, int resamples,
            ReportSettings settings, long seed) {
        List<BootstrapDistribution> distributions = StratifiedBootstrap.distributions(sample, statistics, resamples,
                IndexSource.seeded(seed));
        boolean bcaDefined = true;
        for (int s = 0; s < sample.strata(); s++) {
            bcaDefined &= sample.runs(s) >= 2;
        }
        List<Estimate> out = new ArrayList<>(distributions.size());
        for (BootstrapDistribution d : distributions) {
            var percentile = d.interval(settings.level(), IntervalMethod.PERCENTILE, Jackknife.ACROSS_STRATA);
            var bca = bcaDefined ? d.interval(settings.level(), IntervalMethod.BCA, Jackknife.ACROSS_STRATA) : percentile;
            out.add(new Estimate(percentile, bca));
        }
        return out;
    }

    /**
     * The measures of one algorithm's scores ({@code tasks[m][i]}: run i on task m), each with both intervals.
     *
     * @param gamma the optimality gap's γ; NaN leaves the gap out
     */
    static Map<Measure, Estimate> measures(double[][] tasks, double gamma, ReportSettings settings, long seed) {
        List<Measure> measures = new ArrayList<>();
        for (Measure m : Measure.values()) {
            if (m != Measure.OPTIMALITY_GAP || Double.isFinite(gamma)) {
                measures.add(m);
            }
        }
        List<Estimate> estimates = estimates(Sample.of(tasks), measures.stream().map(m -> m.statistic(gamma)).toList(),
                settings.resamples(), settings, seed);
        Map<Measure, Estimate> out = new EnumMap<>(Measure.class);
        for (int i = 0; i < measures.size(); i++) {
            out.put(measures.get(i), estimates.get(i));
        }
        return out;
    }
}
