package io.lrpg.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.FiniteDifferences;
import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.train.EpisodeBuffer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LowRankValueFunctionTest {

    private static final GridLayout GRID =
            new GridLayout(List.of(new Axis(-1, 1, 4), new Axis(-5, 5, 5)), new int[] {1}, new int[] {0});

    private static double loss(LowRankValueFunction critic, EpisodeBuffer episode, double[] returns) {
        double[] s = new double[2];
        double sum = 0.0;
        for (int t = 0; t < episode.length(); t++) {
            episode.observation(t, s);
            double e = critic.value(s) - returns[t];
            sum += e * e;
        }
        return sum / episode.length();
    }

    @ParameterizedTest
    @EnumSource(AdamMode.class)
    void analyticGradientMatchesCentralDifferencesAndTheStepDescends(AdamMode mode) {
        SplittableRandom random = new SplittableRandom(31);
        LowRankValueFunction critic = LowRankValueFunction.create(
                new LowRankValueSettings(GRID, 3, AdamSettings.withLearningRate(0.05), mode, 1.0), random);
        EpisodeBuffer episode = new EpisodeBuffer(2, 4);
        double[] returns = new double[30];
        for (int t = 0; t < returns.length; t++) {
            episode.add(new double[] {random.nextDouble(-1.5, 1.5), random.nextDouble(-6, 6)}, 0.0, 0.0);
            returns[t] = random.nextDouble(-3, 3);
        }
        double[] values = new double[returns.length];
        critic.values(episode, values);
        double[] s = new double[2];
        for (int t = 0; t < returns.length; t++) {
            episode.observation(t, s);
            assertEquals(critic.value(s), values[t], 0.0);
        }
        critic.computeGradient(episode, returns);
        FiniteDifferences.check("L", critic.matrix().left().data, n -> critic.gradient().left(n / 3, n % 3),
                () -> loss(critic, episode, returns), 1e-6, 1e-7, 1e-6);
        FiniteDifferences.check("R", critic.matrix().right().data, n -> critic.gradient().right(n / 3, n % 3),
                () -> loss(critic, episode, returns), 1e-6, 1e-7, 1e-6);
        double before = loss(critic, episode, returns);
        critic.update(episode, returns);
        assertTrue(loss(critic, episode, returns) < before);
        assertEquals((5 + 4) * 3, critic.parameterCount());
    }
}
