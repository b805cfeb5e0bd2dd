package io.lrpg.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Intervals from numpy's stored resample indices against the numpy/arch-formula intervals of reference.py
 * (same resamples, so they must agree to rounding), and BCa against scipy.stats.bootstrap within Monte-Carlo error.
 */
class StratifiedBootstrapTest {

    /** Replicates are summed in a different order than numpy's; ends and z0, a agree to this. */
    private static final double TOLERANCE = 1e-12;

    private final Reference ref = Reference.load();

    @Test
    void singleTaskIntervalsMatchNumpyOnTheSameResamples() {
        Map<String, Statistic> statistics = new LinkedHashMap<>();
        statistics.put("MEAN", Aggregate.MEAN);
        statistics.put("MEDIAN", Aggregate.MEDIAN);
        statistics.put("IQM", Aggregate.IQM);
        checkAgainstReference("single", Sample.of(ref.strata("data.single")), statistics);
    }

    @Test
    void raggedStratifiedIntervalsMatchNumpyOnTheSameResamples() {
        Map<String, Statistic> statistics = new LinkedHashMap<>();
        statistics.put("MEAN", Aggregate.MEAN);
        statistics.put("MEDIAN", Aggregate.MEDIAN);
        statistics.put("IQM", Aggregate.IQM);
        statistics.put("TASK_MEAN_MEDIAN", Aggregate.TASK_MEAN_MEDIAN);
        statistics.put("OPTIMALITY_GAP", new OptimalityGap(ref.value("param.gamma")));
        checkAgainstReference("ragged", Sample.of(ref.strata("data.ragged")), statistics);
    }

    @Test
    void probabilityOfImprovementIntervalsMatchNumpyOnTheSameResamples() {
        Sample pair = Sample.pair(ref.strata("data.paired.x"), ref.strata("data.paired.y"));
        checkAgainstReference("paired", pair, Map.of("POI", ProbabilityOfImprovement.STATISTIC));
    }

    private void checkAgainstReference(String dataset, Sample sample, Map<String, Statistic> statistics) {
        IndexSource.Replay replay = IndexSource.replay(Reference.indices(dataset));
        List<BootstrapDistribution> distributions = StratifiedBootstrap.distributions(sample,
                new ArrayList<>(statistics.values()), Reference.resamples(dataset), replay);
        assertEquals(0, replay.remaining(), "every stored index consumed, in the stored order");
        int k = 0;
        for (String name : statistics.keySet()) {
            BootstrapDistribution d = distributions.get(k++);
            String key = dataset + "." + name;
            assertEquals(ref.value("point." + key), d.estimate(), TOLERANCE, key);
            for (Jackknife jackknife : Jackknife.values()) {
                double[] z0AndA = ref.values("bca." + key + "." + jackknife);
                assertEquals(z0AndA[0], d.biasCorrection(), TOLERANCE, key + " z0");
                assertEquals(z0AndA[1], d.acceleration(jackknife), TOLERANCE, key + " a " + jackknife);
            }
            for (double level : ref.values("param.levels")) {
                assertInterval(ref.values("interval." + key + ".PERCENTILE." + level),
                        d.interval(level, IntervalMethod.PERCENTILE, Jackknife.ACROSS_STRATA), IntervalMethod.PERCENTILE,
                        key + " percentile " + level);
                for (Jackknife jackknife : Jackknife.values()) {
                    assertInterval(ref.values("interval." + key + ".BCA." + jackknife + "." + level),
                            d.interval(level, IntervalMethod.BCA, jackknife), IntervalMethod.BCA,
                            key + " BCa " + jackknife + " " + level);
                }
            }
        }
    }

    private static void assertInterval(double[] expected, IntervalEstimate actual, IntervalMethod method,
            String what) {
        assertEquals(expected[0], actual.lower(), TOLERANCE, what + " lower");
        assertEquals(expected[1], actual.upper(), TOLERANCE, what + " upper");
        assertEquals(method, actual.method(), what);
    }

    /**
     * scipy.stats.bootstrap(method='BCa') on the single-task data, averaged over 20 seeds of 20 000 resamples,
     * against one Java run of 20 000 resamples: the difference has standard deviation σ·√(1 + 1/20), σ the spread
     * of one run's end over scipy's seeds; allow 4 of those.
     */
    @Test
    void singleTaskBcaAgreesWithScipyWithinMonteCarloError() {
        double[] param = ref.values("scipy_bca.param");
        int resamples = (int) param[0];
        double seeds = param[1];
        Sample sample = Sample.of(ref.strata("data.single"));
        BootstrapSettings settings = new BootstrapSettings(resamples, 0.95, IntervalMethod.BCA,
                Jackknife.ACROSS_STRATA);
        for (Aggregate statistic : List.of(Aggregate.MEDIAN, Aggregate.IQM, Aggregate.MEAN)) {
            double[] scipy = ref.values("scipy_bca.single." + statistic.name());   // mean low, high; sd low, high
            IntervalEstimate java = StratifiedBootstrap.interval(sample, statistic, settings, IndexSource.seeded(2024));
            double lowTolerance = 4 * scipy[2] * Math.sqrt(1 + 1 / seeds) + 1e-12;
            double highTolerance = 4 * scipy[3] * Math.sqrt(1 + 1 / seeds) + 1e-12;
            assertEquals(scipy[0], java.lower(), lowTolerance, statistic + " lower");
            assertEquals(scipy[1], java.upper(), highTolerance, statistic + " upper");
        }
    }

    @Test
    void sameSeedSameIntervalOtherSeedOtherInterval() {
        Sample sample = Sample.of(ref.strata("data.ragged"));
        BootstrapSettings settings = BootstrapSettings.DEFAULT.withMethod(IntervalMethod.BCA);
        IntervalEstimate a = StratifiedBootstrap.interval(sample, Aggregate.IQM, settings, IndexSource.seeded(1));
        IntervalEstimate b = StratifiedBootstrap.interval(sample, Aggregate.IQM, settings, IndexSource.seeded(1));
        IntervalEstimate c = StratifiedBootstrap.interval(sample, Aggregate.IQM, settings, IndexSource.seeded(2));
        assertEquals(a, b);
        assertNotEquals(a.lower(), c.lower());
        assertEquals(settings.resamples(), a.resamples());
        assertEquals(0.95, a.level());
    }

    /**
     * The within-strata jackknife does not depend on how runs are numbered inside a task; the across-strata one
     * (rliable's) does, as its javadoc warns.
     */
    @Test
    void onlyTheWithinStrataJackknifeIgnoresTheRunOrder() {
        double[][] strata = ref.strata("data.ragged");
        double[][] shuffled = strata.clone();
        double[] reversed = new double[strata[2].length];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = strata[2][reversed.length - 1 - i];
        }
        shuffled[2] = reversed;
        BootstrapDistribution original = StratifiedBootstrap.distribution(Sample.of(strata), Aggregate.IQM, 10,
                IndexSource.seeded(3));
        BootstrapDistribution permuted = StratifiedBootstrap.distribution(Sample.of(shuffled), Aggregate.IQM, 10,
                IndexSource.seeded(3));
        assertEquals(original.acceleration(Jackknife.WITHIN_STRATA), permuted.acceleration(Jackknife.WITHIN_STRATA),
                1e-15);
        assertTrue(Math.abs(original.acceleration(Jackknife.ACROSS_STRATA)
                - permuted.acceleration(Jackknife.ACROSS_STRATA)) > 1e-4);
    }

    /** A statistic whose estimate exceeds every replicate: BCa's z0 is infinite, the percentile interval is used. */
    @Test
    void bcaFallsBackToPercentileWhenEveryReplicateIsOnOneSide() {
        Statistic distinctRuns = new Statistic() {
            @Override
            public double evaluate(Sample sample, int[] weights, double[] scratch) {
                int distinct = 0;
                for (int w : weights) {
                    distinct += w > 0 ? 1 : 0;
                }
                return distinct;
            }

            @Override
            public void check(Sample sample) {
            }

            @Override
            public String label() {
                return "distinct runs";
            }
        };
        double[] scores = new double[20];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i;
        }
        BootstrapDistribution d = StratifiedBootstrap.distribution(Sample.of(scores), distinctRuns, 500,
                IndexSource.seeded(9));
        assertEquals(Double.POSITIVE_INFINITY, d.biasCorrection());
        IntervalEstimate bca = d.interval(0.95, IntervalMethod.BCA, Jackknife.ACROSS_STRATA);
        assertEquals(IntervalMethod.PERCENTILE, bca.method());
        assertEquals(d.interval(0.95, IntervalMethod.PERCENTILE, Jackknife.ACROSS_STRATA), bca);
    }

    @Test
    void bcaLevelsReduceToPercentileLevelsWithoutCorrectionAndRefuseToInvert() {
        double[] plain = BootstrapDistribution.correctedLevels(0, 0, 0.025);
        assertEquals(0.025, plain[0], 1e-15);
        assertEquals(0.975, plain[1], 1e-15);
        // a = 1/6, z0 = 4.5: 1 − a(z0 + 1.96) < 0 at the upper end
        assertEquals(null, BootstrapDistribution.correctedLevels(4.5, 1.0 / 6, 0.025));
        double[] corrected = BootstrapDistribution.correctedLevels(0.3, 0.05, 0.025);
        assertTrue(corrected[0] > 0.025 && corrected[1] > 0.975, java.util.Arrays.toString(corrected));
    }

    /** |a| ≤ 1/6 for both jackknives (|Σu³| ≤ max|u|·Σu² ≤ (Σu²)^{3/2}), on random ragged samples. */
    @Test
    void accelerationIsAtMostOneSixth() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        for (int trial = 0; trial < 200; trial++) {
            double[][] tasks = new double[1 + random.nextInt(3)][];
            for (int m = 0; m < tasks.length; m++) {
                tasks[m] = new double[2 + random.nextInt(6)];
                for (int i = 0; i < tasks[m].length; i++) {
                    tasks[m][i] = Math.exp(3 * random.nextGaussian());
                }
            }
            for (Statistic statistic : List.<Statistic>of(Aggregate.MEAN, Aggregate.IQM, Aggregate.MEDIAN)) {
                BootstrapDistribution d = StratifiedBootstrap.distribution(Sample.of(tasks), statistic, 1,
                        IndexSource.seeded(trial));
                for (Jackknife jackknife : Jackknife.values()) {
                    assertTrue(Math.abs(d.acceleration(jackknife)) <= 1.0 / 6 + 1e-15, statistic + " " + jackknife);
                }
            }
        }
    }

    @Test
    void bcaNeedsTwoRunsPerStratumAndConstantDataGiveAPointInterval() {
        Sample oneRunTask = Sample.of(new double[] {1}, new double[] {1, 2, 3});
        BootstrapDistribution d = StratifiedBootstrap.distribution(oneRunTask, Aggregate.MEAN, 50,
                IndexSource.seeded(1));
        assertThrows(IllegalArgumentException.class, () -> d.interval(0.95, IntervalMethod.BCA,
                Jackknife.ACROSS_STRATA));
        assertThrows(IllegalArgumentException.class, () -> d.interval(0.95, IntervalMethod.BCA,
                Jackknife.WITHIN_STRATA));
        IntervalEstimate constant = StratifiedBootstrap.interval(Sample.of(new double[] {2, 2, 2, 2}), Aggregate.IQM,
                BootstrapSettings.DEFAULT.withMethod(IntervalMethod.BCA), IndexSource.seeded(1));
        assertEquals(new IntervalEstimate(2, 2, 2, 0.95, IntervalMethod.BCA, 2000), constant);
    }

    @Test
    void replayRejectsIndicesOutOfBoundsAndExhaustion() {
        IndexSource.Replay replay = IndexSource.replay(new int[] {0, 3});
        assertEquals(0, replay.nextIndex(2));
        assertThrows(IllegalArgumentException.class, () -> replay.nextIndex(2));
        IndexSource.Replay done = IndexSource.replay(new int[0]);
        assertThrows(IllegalStateException.class, () -> done.nextIndex(1));
    }
}
