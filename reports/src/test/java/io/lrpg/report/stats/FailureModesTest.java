package io.lrpg.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FailureModesTest {

    private static final StuckRule RULE = StuckRule.DEFAULT;

    /** A noisy curve of the given length whose episodes [from, to) all return {@code value}. */
    private static double[] curve(int length, int from, int to, double value) {
        SplittableRandom random = new SplittableRandom(length);
        double[] c = new double[length];
        for (int e = 0; e < length; e++) {
            c[e] = e >= from && e < to ? value : -200 + random.nextDouble();
        }
        return c;
    }

    @Test
    void windowIsAThousandEpisodesOrTheLastTenPercentIfShorter() {
        assertEquals(1000, RULE.windowFor(30_000));
        assertEquals(1000, RULE.windowFor(10_000));
        assertEquals(500, RULE.windowFor(5000));
        assertEquals(31, RULE.windowFor(301));   // ⌈30.1⌉
        assertEquals(2, RULE.windowFor(5));      // at least two equal returns
        assertTrue(RULE.describe().contains("1000") && RULE.describe().contains("10 %"), RULE.describe());
    }

    @Test
    void stuckAtTheEndReportsWhereTheConstantStretchBegan() {
        assertEquals(new RunDiagnosis(RunHealth.STUCK, 17_000), FailureModes.diagnose(curve(20_000, 17_000, 20_000,
                -1.5), RULE));
        // exactly W = 1000 constant episodes: stuck; 999: healthy
        assertEquals(new RunDiagnosis(RunHealth.STUCK, 19_000), FailureModes.diagnose(curve(20_000, 19_000, 20_000,
                -1.5), RULE));
        assertEquals(RunHealth.HEALTHY, FailureModes.diagnose(curve(20_000, 19_001, 20_000, -1.5), RULE).health());
    }

    @Test
    void stuckInTheMiddleButRecoveringIsHealthy() {
        RunDiagnosis d = FailureModes.diagnose(curve(20_000, 5000, 15_000, 0.0), RULE);
        assertEquals(RunDiagnosis.HEALTHY, d);
        assertEquals(-1, d.since());
    }

    @Test
    void constantWholeRunIsStuckSinceEpisodeZero() {
        double[] flat = new double[3000];
        Arrays.fill(flat, 7.25);
        assertEquals(new RunDiagnosis(RunHealth.STUCK, 0), FailureModes.diagnose(flat, RULE));
    }

    @Test
    void runsShorterThanTheWindowUseTheLastTenPercent() {
        // 300 episodes: W = 30
        assertEquals(new RunDiagnosis(RunHealth.STUCK, 270), FailureModes.diagnose(curve(300, 270, 300, 3), RULE));
        assertEquals(RunHealth.HEALTHY, FailureModes.diagnose(curve(300, 271, 300, 3), RULE).health());
        assertEquals(RunHealth.HEALTHY, FailureModes.diagnose(new double[] {4}, RULE).health());
    }

    @Test
    void divergedRunsEndNonFiniteAndAreNeverStuck() {
        double[] nanTail = curve(5000, 4000, 5000, Double.NaN);
        assertEquals(new RunDiagnosis(RunHealth.DIVERGED, 4000), FailureModes.diagnose(nanTail, RULE));
        double[] infinite = curve(100, 0, 0, 0);
        infinite[99] = Double.NEGATIVE_INFINITY;
        assertEquals(new RunDiagnosis(RunHealth.DIVERGED, 99), FailureModes.diagnose(infinite, RULE));
        double[] recovered = curve(5000, 0, 0, 0);
        recovered[10] = Double.NaN;
        assertEquals(RunHealth.HEALTHY, FailureModes.diagnose(recovered, RULE).health());
        assertThrows(IllegalArgumentException.class, () -> FailureModes.diagnose(new double[0], RULE));
        assertThrows(IllegalArgumentException.class, () -> new RunDiagnosis(RunHealth.STUCK, -1));
        assertThrows(IllegalArgumentException.class, () -> new StuckRule(1, 0.1));
    }
}
