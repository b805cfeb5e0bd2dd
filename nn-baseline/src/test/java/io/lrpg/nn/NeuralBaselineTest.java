package io.lrpg.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.LearningCurve;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.core.train.TrainerSettings;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NeuralBaselineTest {

    @Test
    void parameterCountsMatchThePaper() {
        RandomStreams streams = RandomStreams.fromSeed(1);
        int[][] expected = {{4098, 2050}, {386, 194}, {1282, 642}}; // total networks; actor incl. log σ
        NetworkSettings[] shapes = {NetworkSettings.pendulum(), NetworkSettings.acrobot(), NetworkSettings.goddard()};
        for (int k = 0; k < shapes.length; k++) {
            NeuralBaseline baseline = NeuralBaseline.create(shapes[k], streams.initialization());
            assertEquals(expected[k][0], baseline.actor().numParams() + baseline.critic().numParams(), shapes[k]::toString);
            assertEquals(expected[k][0], baseline.numParams(), shapes[k]::toString);
            assertEquals(expected[k][1], baseline.actor().parameterCount(), shapes[k]::toString);
            assertEquals(expected[k][0] / 2, baseline.critic().parameterCount(), shapes[k]::toString);
            assertEquals(expected[k][0] / 2, shapes[k].parametersPerNetwork(), shapes[k]::toString);
        }
    }

    private static LearningCurve run(long seed, NetworkSettings settings, int length, int episodes) {
        RandomStreams streams = RandomStreams.fromSeed(seed);
        NeuralBaseline baseline = NeuralBaseline.create(settings, streams.initialization());
        StandInEnvironment environment = new StandInEnvironment(settings.inputs(), length, streams.environment());
        PolicyGradientTrainer trainer = new PolicyGradientTrainer(new TrainerSettings(0.99, episodes, length),
                settings.inputs());
        return trainer.train(environment, baseline.actor(), baseline.critic(), streams.policy(), record -> { });
    }

    @Test
    void sameSeedGivesIdenticalReturns() {
        LearningCurve first = run(2026, NetworkSettings.pendulum(), 100, 60);
        LearningCurve second = run(2026, NetworkSettings.pendulum(), 100, 60);
        assertFalse(first.diverged());
        assertEquals(60, first.episodes());
        assertArrayEquals(first.returns(), second.returns(), 0.0);
        LearningCurve other = run(2027, NetworkSettings.pendulum(), 100, 60);
        assertFalse(Arrays.equals(first.returns(), other.returns()), "another seed should give another run");
    }

    @Test
    void sameSeedGivesIdenticalReturnsWithTheSigmoidMean() {
        LearningCurve first = run(7, NetworkSettings.goddard(), 200, 50);
        LearningCurve second = run(7, NetworkSettings.goddard(), 200, 50);
        assertArrayEquals(first.returns(), second.returns(), 0.0);
    }
}
