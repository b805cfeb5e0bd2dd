package io.lrpg.envs.presets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.agent.LowRankAgent;
import io.lrpg.core.discretize.Axis;
import io.lrpg.core.env.Environment;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.tensor.CpTensor;
import io.lrpg.core.tensor.TensorAgent;
import io.lrpg.core.tensor.TensorGaussianPolicy;
import io.lrpg.core.tensor.TensorSettings;
import io.lrpg.core.tensor.TensorValueFunction;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.LearningCurve;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.Environments;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The tensor presets in training on the real environments. */
class TensorPresetsTrainingTest {

    private static final int EPISODES = 50;

    /**
     * On the paper's pendulum the two-mode tensor model with U₁ = L, U₂ = R and the same log σ, trained from the same
     * streams, is the matrix model: the same returns and parameters over a 50-episode run, to 1e-12.
     */
    @ParameterizedTest
    @EnumSource(AdamMode.class)
    void twoModeTensorIsTheMatrixModelOnThePendulum(AdamMode adam) {
        Preset preset = PaperPresets.PENDULUM;
        long seed = 31;
        RandomStreams matrixStreams = RandomStreams.fromSeed(seed);
        RandomStreams tensorStreams = RandomStreams.fromSeed(seed);
        LowRankAgent matrix = LowRankAgent.create(preset.lowRank().withAdamMode(adam), matrixStreams.initialization());
        TensorSettings settings = preset.tensor().withAdamMode(adam);
        // U₁ = L, U₂ = R (actor and critic), the same log σ, set explicitly; the tensor's own draws from the same
        // initialization stream would give the same factors (checked below), and are drawn here so that both
        // initialization streams stay in step
        TensorAgent drawn = TensorAgent.create(settings, tensorStreams.initialization());
        TensorAgent tensor = new TensorAgent(
                TensorGaussianPolicy.withParameters(settings.actorSettings(),
                        factors(matrix.actor().meanMatrix().left().data, matrix.actor().meanMatrix().right().data, 4),
                        matrix.actor().logStd()),
                TensorValueFunction.withParameters(settings.criticSettings(),
                        factors(matrix.critic().matrix().left().data, matrix.critic().matrix().right().data, 4)));
        for (int d = 0; d < 2; d++) {
            assertArrayEquals(tensor.actor().meanTensor().factor(d), drawn.actor().meanTensor().factor(d));
            assertArrayEquals(tensor.critic().tensor().factor(d), drawn.critic().tensor().factor(d));
        }

        LearningCurve matrixCurve = train(preset, matrixStreams, matrix.actor(), matrix.critic());
        LearningCurve tensorCurve = train(preset, tensorStreams, tensor.actor(), tensor.critic());
        assertEquals(EPISODES, tensorCurve.episodes());
        assertArrayEquals(matrixCurve.returns(), tensorCurve.returns(), 1e-12, "returns");
        assertArrayEquals(matrixCurve.lengths(), tensorCurve.lengths(), "lengths");
        assertArrayEquals(matrix.actor().meanMatrix().left().data, tensor.actor().meanTensor().factor(0), 1e-12);
        assertArrayEquals(matrix.actor().meanMatrix().right().data, tensor.actor().meanTensor().factor(1), 1e-12);
        assertEquals(matrix.actor().logStd(), tensor.actor().logStd(), 1e-12);
        assertArrayEquals(matrix.critic().matrix().left().data, tensor.critic().tensor().factor(0), 1e-12);
        assertArrayEquals(matrix.critic().matrix().right().data, tensor.critic().tensor().factor(1), 1e-12);
        assertTrue(matrixCurve.returns()[EPISODES - 1] != matrixCurve.returns()[0], "the run did something");
    }

    private static CpTensor factors(double[] left, double[] right, int rank) {
        return CpTensor.of(new double[][][] {rows(left, rank), rows(right, rank)});
    }

    private static double[][] rows(double[] data, int columns) {
        double[][] out = new double[data.length / columns][columns];
        for (int i = 0; i < out.length; i++) {
            System.arraycopy(data, i * columns, out[i], 0, columns);
        }
        return out;
    }

    private static LearningCurve train(Preset preset, RandomStreams streams,
            io.lrpg.core.train.TrainablePolicy actor, io.lrpg.core.train.TrainableValueFunction critic) {
        Environment environment = Environments.create(preset.environment(), streams.environment());
        PolicyGradientTrainer trainer = new PolicyGradientTrainer(preset.trainer().withEpisodes(EPISODES),
                environment.observationSpace().dimension());
        return trainer.train(environment, actor, critic, streams.policy(), record -> { });
    }

    /**
     * The per-mode indices the policy writes while the trainer acts are those of the observations, every step of
     * every episode, on three and four modes (Goddard, acrobot) and on mountain car.
     */
    @ParameterizedTest
    @ValueSource(strings = {"goddard", "acrobot", "mountain-car-continuous-v0"})
    void keysWrittenWhileActingAreTheObservationsIndices(String id) {
        Preset preset = Presets.of(EnvironmentId.parse(id));
        RandomStreams streams = RandomStreams.fromSeed(5, 2);
        TensorAgent agent = TensorAgent.create(preset.tensor(), streams.initialization());
        Environment environment = Environments.create(preset.environment(), streams.environment());
        int dimension = environment.observationSpace().dimension();
        PolicyGradientTrainer trainer = new PolicyGradientTrainer(preset.trainer(), dimension);
        List<Axis> axes = preset.tensor().actorAxes();
        int steps = 0;
        for (int e = 0; e < 20; e++) {
            trainer.trainOneEpisode(e, environment, agent.actor(), agent.critic(), streams.policy());
            EpisodeBuffer episode = trainer.lastEpisode();
            assertTrue(episode.keys().present(agent.actor().indexer(), dimension));
            int[] keys = episode.keys().array();
            for (int t = 0; t < episode.length(); t++) {
                for (int d = 0; d < dimension; d++) {
                    assertEquals(axes.get(d).index(episode.observation(t, d)), keys[t * dimension + d],
                            id + " episode " + e + " step " + t + " mode " + d);
                }
            }
            steps += episode.length();
        }
        assertTrue(steps > 100, "steps checked: " + steps);
    }
}
