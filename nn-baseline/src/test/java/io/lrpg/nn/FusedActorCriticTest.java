package io.lrpg.nn;

import io.lrpg.core.network.NetworkSettings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.core.train.TrainerSettings;
import java.util.random.RandomGenerator;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Sgd;

class FusedActorCriticTest {

    /**
     * The fused network and two separate networks, built from the same draws and trained by the same
     * trainer on the same stand-in episodes, stay equal to rounding: initial θ bit for bit, then every
     * episode's return and both networks' θ after 30 Adam steps.
     */
    @ParameterizedTest
    @EnumSource(MeanTransform.class)
    void trainsExactlyLikeTwoSeparateNetworks(MeanTransform transform) {
        NetworkSettings settings = new NetworkSettings(3, 16, 1e-2, 1e-2, transform,
                transform == MeanTransform.SIGMOID ? ActionBounds.UNIT : ActionBounds.UNBOUNDED);
        NeuralBaseline fused = NeuralBaseline.fused(settings, RandomStreams.fromSeed(3).initialization());
        NeuralBaseline separate = NeuralBaseline.separate(settings, RandomStreams.fromSeed(3).initialization());
        assertArrayEquals(separate.actor().parameters(), fused.actor().parameters(), 0.0);
        assertArrayEquals(separate.critic().network().parameters(), fused.critic().network().parameters(), 0.0);

        double[] fusedReturns = train(fused, settings, 30);
        double[] separateReturns = train(separate, settings, 30);
        assertArrayEquals(separateReturns, fusedReturns, 1e-9);
        assertClose(separate.actor().parameters(), fused.actor().parameters(), 1e-10, "actor θ");
        assertClose(separate.critic().network().parameters(), fused.critic().network().parameters(), 1e-10,
                "critic θ");
        double moved = 0.0;
        double[] initial = NeuralBaseline.separate(settings, RandomStreams.fromSeed(3).initialization())
                .actor().parameters();
        double[] trained = fused.actor().parameters();
        for (int k = 0; k < trained.length; k++) {
            moved = Math.max(moved, Math.abs(trained[k] - initial[k]));
        }
        assertTrue(moved > 1e-2, "30 steps at α = 1e-2 should move θ, moved " + moved);
    }

    private static double[] train(NeuralBaseline baseline, NetworkSettings settings, int episodes) {
        RandomStreams streams = RandomStreams.fromSeed(8);
        StandInEnvironment environment = new StandInEnvironment(settings.inputs(), 40, streams.environment());
        PolicyGradientTrainer trainer = new PolicyGradientTrainer(new TrainerSettings(0.99, episodes, 40),
                settings.inputs());
        return trainer.train(environment, baseline.actor(), baseline.critic(), streams.policy(), record -> { })
                .returns();
    }

    private static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], tolerance * Math.max(1.0, Math.abs(expected[k])), what + "[" + k + "]");
        }
    }

    /** One SGD step moves each half by exactly −lr · its own gradient, and the zero blocks stay zero. */
    @Test
    void sgdStepAppliesEachHalfsGradientAndKeepsTheZeroBlocks() {
        double lr = 0.1;
        RandomStreams streams = RandomStreams.fromSeed(19);
        FusedActorCritic networks = new FusedActorCritic(3, 8, new Sgd(lr), MeanTransform.SIGMOID,
                streams.initialization());
        RandomGenerator random = streams.environment();
        int rows = 23;
        double[] x = new double[rows * 3];
        double[] actorLabels = new double[rows * 3];
        double[] returns = new double[rows];
        for (int t = 0; t < rows; t++) {
            for (int i = 0; i < 3; i++) {
                x[3 * t + i] = random.nextDouble(-2.0, 2.0);
            }
            actorLabels[3 * t] = random.nextDouble();
            actorLabels[3 * t + 1] = random.nextDouble(-2.0, 2.0);
            actorLabels[3 * t + 2] = 0.6;
            returns[t] = random.nextDouble(-3.0, 3.0);
        }
        Head actor = networks.actor();
        Head critic = networks.critic();
        double[] actorBefore = actor.parameters();
        double[] criticBefore = critic.parameters();
        double[] actorGradient = new double[actor.numParams()];
        double[] criticGradient = new double[critic.numParams()];
        actor.gradient(x, rows, actorLabels, 3, actorGradient);
        critic.gradient(x, rows, returns, 1, criticGradient);

        critic.fit(x, rows, returns, 1); // either order; the step waits for both halves
        assertArrayEquals(criticBefore, critic.parameters(), 0.0, "one half alone must not step");
        actor.fit(x, rows, actorLabels, 3);
        assertEquals(1, networks.iterations());

        double[] actorAfter = actor.parameters();
        double[] criticAfter = critic.parameters();
        for (int k = 0; k < actorAfter.length; k++) {
            assertEquals(actorBefore[k] - lr * actorGradient[k], actorAfter[k], 1e-15, "actor θ[" + k + "]");
            assertEquals(criticBefore[k] - lr * criticGradient[k], criticAfter[k], 1e-15, "critic θ[" + k + "]");
        }
        double[] fused = networks.fusedParameters();
        for (int position : networks.offDiagonalPositions()) {
            assertEquals(0.0, fused[position], 0.0, "off-diagonal θ[" + position + "]");
        }
    }

    /** Each half's snapshot equals DL4J's own output column, before and after steps. */
    @Test
    void snapshotsEqualDl4jOutputs() {
        RandomStreams streams = RandomStreams.fromSeed(43);
        NeuralBaseline baseline = NeuralBaseline.fused(Shapes.GODDARD, streams.initialization());
        RandomGenerator random = streams.environment();
        int rows = 50;
        EpisodeBuffer episode = new EpisodeBuffer(3, rows);
        double[] s = new double[3];
        for (int t = 0; t < rows; t++) {
            for (int i = 0; i < 3; i++) {
                s[i] = random.nextDouble(-1.0, 1.0);
            }
            episode.add(s, baseline.actor().sampleAction(s, random), 0.0);
        }
        episode.finish(true, false);
        double[] advantages = new double[rows];
        double[] returns = new double[rows];
        for (int t = 0; t < rows; t++) {
            advantages[t] = random.nextDouble(-1.0, 1.0);
            returns[t] = random.nextDouble(0.0, 2.0);
        }
        for (int update = 0; update < 3; update++) {
            for (Head head : new Head[] {baseline.actor().network(), baseline.critic().network()}) {
                double[] expected = new double[rows];
                double[] actual = new double[rows];
                head.networkOutputs(episode.observations(), rows, expected);
                head.outputs(episode.observations(), rows, actual);
                assertArrayEquals(expected, actual, 1e-12);
            }
            baseline.actor().update(episode, advantages);
            baseline.critic().update(episode, returns);
        }
    }

    @Test
    void handingOverTheSameHalfTwiceIsAnError() {
        FusedActorCritic networks = new FusedActorCritic(2, 4, 1e-3, MeanTransform.IDENTITY,
                RandomStreams.fromSeed(1).initialization());
        double[] x = {0.1, 0.2, 0.3, 0.4};
        networks.critic().fit(x, 2, new double[] {1.0, 2.0}, 1);
        assertThrows(IllegalStateException.class, () -> networks.critic().fit(x, 2, new double[] {1.0, 2.0}, 1));
        assertThrows(IllegalStateException.class,
                () -> networks.actor().fit(x, 1, new double[] {0.0, 1.0, 1.0}, 3));
        assertThrows(IllegalArgumentException.class,
                () -> networks.actor().fit(x, 2, new double[] {0.0, 1.0, 1.0, 0.0, 1.0, 1.0}, 1));
    }

    /** The two-output configuration with {@link ActorCriticLoss} survives DL4J's JSON form. */
    @ParameterizedTest
    @EnumSource(MeanTransform.class)
    void configurationRoundTripsThroughJson(MeanTransform transform) {
        MultiLayerConfiguration configuration = Dl4jNetwork.configuration(3, 16, 2, Dl4jNetwork.adam(1e-3),
                Activation.IDENTITY, new ActorCriticLoss(transform));
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(configuration.toJson());
        assertEquals(configuration, back);
        assertEquals(new ActorCriticLoss(transform), ((OutputLayer) back.getConf(1).getLayer()).getLossFn());
    }
}
