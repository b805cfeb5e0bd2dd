package io.lrpg.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProbabilityOfImprovementTest {

    private final Reference ref = Reference.load();

    /** Per task, P(X > Y)·n·m is scipy.stats.mannwhitneyu(x, y).statistic (integer scores: ties within and across). */
    @Test
    void perTaskProbabilityIsMannWhitneyUOverNm() {
        double[][] x = ref.strata("data.paired.x");
        double[][] y = ref.strata("data.paired.y");
        for (int m = 0; m < x.length; m++) {
            double p = ProbabilityOfImprovement.estimate(new double[][] {x[m]}, new double[][] {y[m]});
            assertEquals(ref.value("mannwhitney.u." + m), p * x[m].length * y[m].length, 1e-12, "task " + m);
        }
        assertEquals(ref.value("poi.paired"), ProbabilityOfImprovement.estimate(x, y), 1e-15);
    }

    @Test
    void complementaryAndHalfForIdenticalRuns() {
        SplittableRandom random = new SplittableRandom(4);
        for (int trial = 0; trial < 100; trial++) {
            double[][] x = {ints(random, 1 + random.nextInt(12)), ints(random, 1 + random.nextInt(12))};
            double[][] y = {ints(random, 1 + random.nextInt(12)), ints(random, 1 + random.nextInt(12))};
            // P(X > Y) + P(Y > X) = 1 with ties split evenly
            assertEquals(1.0, ProbabilityOfImprovement.estimate(x, y) + ProbabilityOfImprovement.estimate(y, x), 1e-15);
            assertEquals(0.5, ProbabilityOfImprovement.estimate(x, x), 0);
        }
        assertEquals(1.0, ProbabilityOfImprovement.estimate(new double[][] {{3, 4}}, new double[][] {{1, 2, 2.5}}), 0);
        assertEquals(0.0, ProbabilityOfImprovement.estimate(new double[][] {{1, 2}}, new double[][] {{3}}), 0);
    }

    private static double[] ints(SplittableRandom random, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextInt(5);
        }
        return out;
    }
}
