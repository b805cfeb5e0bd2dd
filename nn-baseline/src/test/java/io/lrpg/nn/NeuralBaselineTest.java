package io.lrpg.nn;

import io.lrpg.core.network.NetworkSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
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
        NetworkSettings[] shapes = {Shapes.PENDULUM, Shapes.ACROBOT, Shapes.GODDARD};
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

    /** Equal learning rates share one fused network; unequal ones get a network each, and both train. */
    @Test
    void learningRatesChooseFusedOrSeparateNetworks() {
        NetworkSettings equal = new NetworkSettings(3, 8, 1e-2, 1e-2, MeanTransform.SIGMOID, ActionBounds.UNIT);
        NetworkSettings unequal = new NetworkSettings(3, 8, 1e-2, 3e-3, MeanTransform.SIGMOID, ActionBounds.UNIT);
        NeuralBaseline fused = NeuralBaseline.create(equal, RandomStreams.fromSeed(4).initialization());
        NeuralBaseline separate = NeuralBaseline.create(unequal, RandomStreams.fromSeed(4).initialization());
        assertFalse(fused.actor().network() instanceof Mlp);
        assertFalse(fused.critic().network() instanceof Mlp);
        assertTrue(separate.actor().network() instanceof Mlp);
        assertTrue(separate.critic().network() instanceof Mlp);
        assertEquals(fused.numParams(), separate.numParams());
        assertThrows(IllegalArgumentException.class,
                () -> NeuralBaseline.fused(unequal, RandomStreams.fromSeed(4).initialization()));
        LearningCurve curve = run(5, unequal, 30, 20);
        assertFalse(curve.diverged());
        assertArrayEquals(curve.returns(), run(5, unequal, 30, 20).returns(), 0.0);
    }

    @Test
    void sameSeedGivesIdenticalReturns() {
        LearningCurve first = run(2026, Shapes.PENDULUM, 100, 60);
        LearningCurve second = run(2026, Shapes.PENDULUM, 100, 60);
        assertFalse(first.diverged());
        assertEquals(60, first.episodes());
        assertArrayEquals(first.returns(), second.returns(), 0.0);
        LearningCurve other = run(2027, Shapes.PENDULUM, 100, 60);
        assertFalse(Arrays.equals(first.returns(), other.returns()), "another seed should give another run");
    }

    @Test
    void sameSeedGivesIdenticalReturnsWithTheSigmoidMean() {
        LearningCurve first = run(7, Shapes.GODDARD, 200, 50);
        LearningCurve second = run(7, Shapes.GODDARD, 200, 50);
        assertArrayEquals(first.returns(), second.returns(), 0.0);
    }
}
