package io.lrpg.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PerformanceProfileTest {

    private final Reference ref = Reference.load();

    /** Fractions per τ and their percentile bands from numpy's resamples (reference.py). */
    @Test
    void profileAndBandsMatchNumpy() {
        double[][] scores = ref.strata("data.ragged");
        double[] taus = ref.values("param.taus");
        double[] expected = ref.values("profile.ragged");
        for (double level : ref.values("param.levels")) {
            IndexSource.Replay replay = IndexSource.replay(Reference.indices("ragged"));
            PerformanceProfile profile = PerformanceProfile.of(scores, taus, new BootstrapSettings(
                    Reference.resamples("ragged"), level, IntervalMethod.PERCENTILE, Jackknife.ACROSS_STRATA), replay);
            assertEquals(0, replay.remaining());
            double[] bands = ref.values("profile.ragged.PERCENTILE." + level);
            for (int t = 0; t < taus.length; t++) {
                IntervalEstimate point = profile.points().get(t);
                assertEquals(expected[t], point.estimate(), 1e-15, "tau " + taus[t]);
                assertEquals(bands[2 * t], point.lower(), 1e-15, "tau " + taus[t] + " lower " + level);
                assertEquals(bands[2 * t + 1], point.upper(), 1e-15, "tau " + taus[t] + " upper " + level);
            }
        }
    }

    /** Equal weight per task: one task with 1 run above τ of 1 and one with 0 of 3 give ½, not ¼. */
    @Test
    void everyTaskWeighsTheSame() {
        assertEquals(0.5, new FractionAbove(0).of(Sample.of(new double[] {1}, new double[] {-1, -1, -1})), 0);
    }

    /** rliable counts scores strictly above τ. */
    @Test
    void aScoreEqualToTauIsNotAbove() {
        assertEquals(0.5, new FractionAbove(1).of(Sample.of(new double[] {1, 2})), 0);
    }
}
