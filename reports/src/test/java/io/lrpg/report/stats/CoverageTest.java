package io.lrpg.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Frequentist coverage of the bootstrap intervals of the median and the IQM: 2 000 seeded samples of 50 runs
 * from a population whose median and IQM are known, 500 resamples each. A 95 % interval must cover the true
 * value in 92–97 % of the trials and a 50 % interval in 45–55 % (the binomial standard error of a coverage
 * fraction over 2 000 trials is 0.5 % at 95 % and 1.1 % at 50 %). The same replicates at 90 % and 99 % must
 * fall outside the 95 % band, which shows the band would catch an interval of the wrong level.
 */
class CoverageTest {

    private static final int TRIALS = 2000;
    private static final int RUNS = 50;
    private static final int RESAMPLES = 500;
    private static final double[] LEVELS = {0.95, 0.50, 0.90, 0.99};

    /** Normal(10, 2²): median = IQM = 10 by symmetry. */
    @Test
    void normalPopulation() {
        check("normal", random -> 10 + 2 * random.nextGaussian(), 10, 10, 11);
    }

    /**
     * Lognormal(μ = 0, σ = 1): median e^μ = 1; population IQM = E[X | q₂₅ ≤ X ≤ q₇₅]
     * = 2 e^{μ + σ²/2} (Φ(z₇₅ − σ) − Φ(z₂₅ − σ)), analytic (reference.py checks it by numerical integration).
     */
    @Test
    void lognormalPopulation() {
        NormalDistribution phi = new NormalDistribution(null, 0, 1);
        double iqm = 2 * Math.exp(0.5) * (phi.cumulativeProbability(phi.inverseCumulativeProbability(0.75) - 1)
                - phi.cumulativeProbability(phi.inverseCumulativeProbability(0.25) - 1));
        Reference ref = Reference.load();
        assertEquals(ref.value("population.lognormal.iqm"), iqm, 1e-12);
        assertEquals(ref.value("population.lognormal.median"), 1.0, 0);
        check("lognormal", random -> Math.exp(random.nextGaussian()), 1.0, iqm, 12);
    }

    private static void check(String name, ToDoubleFunction<SplittableRandom> population, double median, double iqm,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Aggregate> statistics = List.of(Aggregate.MEDIAN, Aggregate.IQM);
        double[] truth = {median, iqm};
        int[][][] covered = new int[statistics.size()][IntervalMethod.values().length][LEVELS.length];
        double[] scores = new double[RUNS];
        for (int trial = 0; trial < TRIALS; trial++) {
            for (int i = 0; i < RUNS; i++) {
                scores[i] = population.applyAsDouble(random);
            }
            List<BootstrapDistribution> distributions = StratifiedBootstrap.distributions(Sample.of(scores),
                    statistics, RESAMPLES, IndexSource.seeded(random.nextLong()));
            for (int s = 0; s < statistics.size(); s++) {
                for (IntervalMethod method : IntervalMethod.values()) {
                    for (int l = 0; l < LEVELS.length; l++) {
                        if (distributions.get(s).interval(LEVELS[l], method, Jackknife.ACROSS_STRATA)
                                .contains(truth[s])) {
                            covered[s][method.ordinal()][l]++;
                        }
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder(name);
        for (int s = 0; s < statistics.size(); s++) {
            for (IntervalMethod method : IntervalMethod.values()) {
                report.append(String.format(java.util.Locale.ROOT, "%n  %-6s %-10s", statistics.get(s), method));
                for (int l = 0; l < LEVELS.length; l++) {
                    report.append(String.format(java.util.Locale.ROOT, "  %.0f%%: %.3f", 100 * LEVELS[l],
                            covered[s][method.ordinal()][l] / (double) TRIALS));
                }
            }
        }
        System.out.println(report);
        for (int s = 0; s < statistics.size(); s++) {
            for (IntervalMethod method : IntervalMethod.values()) {
                int[] c = covered[s][method.ordinal()];
                String what = name + " " + statistics.get(s) + " " + method + ": " + report;
                assertBetween(0.92, 0.97, c[0], what + " (95 %)");
                assertBetween(0.45, 0.55, c[1], what + " (50 %)");
                assertTrue(c[2] < 0.92 * TRIALS, what + " (a 90 % interval must fail the 95 % band)");
                assertTrue(c[3] > 0.97 * TRIALS, what + " (a 99 % interval must fail the 95 % band)");
            }
        }
    }

    private static void assertBetween(double low, double high, int count, String what) {
        double fraction = count / (double) TRIALS;
        assertTrue(fraction >= low && fraction <= high, what + ": coverage " + fraction);
    }
}
