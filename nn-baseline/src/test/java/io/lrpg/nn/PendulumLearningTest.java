package io.lrpg.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.env.Environment;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.LearningCurve;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.envs.Environments;
import io.lrpg.envs.presets.Preset;
import io.lrpg.envs.presets.PaperPresets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The network baseline learns the paper's pendulum (balance) task: runs wired as {@code lrpg train} wires
 * them (the paper's preset, {@link RandomStreams} split into initialization, environment and action-noise
 * streams), cut to {@link #EPISODES} episodes, for seeds 1, 2 and 3. For each seed
 * <pre>
 *   median(returns of the last 50 episodes) − median(returns of the first 50) ≥ {@link #MARGIN}
 * </pre>
 * A return is about the number of steps the pole stays within π/4 of upright (reward 1 − θ² − 0.1 θ̇² per
 * step, at most 100 steps), so the margin is 15 more steps balanced. Measured (2 cores, load 11–13):
 * the correct update rises by 34.4 / 35.1 / 32.7 on seeds 1–3 (27.3 to 63.9 on seeds 1–9; the first-50
 * medians are 10.6–15.9), while the same runs with the advantage's sign flipped in the actor's update
 * fall by 6.5 / 6.1 / 5.0 — a broken update fails the margin by about 20, a correct one clears it by at
 * least 12. About 2–6 s per seed.
 */
class PendulumLearningTest {

    static final int EPISODES = 300;
    static final int WINDOW = 50;
    static final double MARGIN = 15.0;
    static final long[] SEEDS = {1, 2, 3};

    @Test
    void medianReturnRisesOnThePapersPendulum() {
        Preset preset = PaperPresets.PENDULUM;
        StringBuilder summary = new StringBuilder();
        double smallestRise = Double.POSITIVE_INFINITY;
        for (long seed : SEEDS) {
            RandomStreams streams = RandomStreams.fromSeed(seed);
            Environment environment = Environments.create(preset.environment(), streams.environment());
            NeuralBaseline baseline = NeuralBaseline.create(preset.network(), streams.initialization());
            PolicyGradientTrainer trainer = new PolicyGradientTrainer(preset.trainer().withEpisodes(EPISODES),
                    environment.observationSpace().dimension());
            LearningCurve curve = trainer.train(environment, baseline.actor(), baseline.critic(), streams.policy(),
                    record -> { });
            assertFalse(curve.diverged(), "seed " + seed + " diverged");
            assertEquals(EPISODES, curve.episodes());
            double[] returns = curve.returns();
            double first = median(Arrays.copyOfRange(returns, 0, WINDOW));
            double last = median(Arrays.copyOfRange(returns, EPISODES - WINDOW, EPISODES));
            smallestRise = Math.min(smallestRise, last - first);
            summary.append(String.format(Locale.ROOT, "%n  seed %d: median of the first %d episodes %.2f, of the "
                    + "last %d %.2f, rise %.2f", seed, WINDOW, first, WINDOW, last, last - first));
        }
        double rise = smallestRise;
        assertTrue(rise >= MARGIN, () -> "the median return must rise by at least " + MARGIN + " on every seed, "
                + "smallest rise " + rise + ":" + summary);
    }

    /** The median of {@code values} (the mean of the two middle values for an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
