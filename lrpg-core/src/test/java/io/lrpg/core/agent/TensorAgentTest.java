package io.lrpg.core.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.CellKeys;
import io.lrpg.core.discretize.ModeIndexer;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.policy.StdMode;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.tensor.TensorAgent;
import io.lrpg.core.tensor.TensorGaussianPolicy;
import io.lrpg.core.tensor.TensorSettings;
import io.lrpg.core.tensor.TensorValueFunction;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.LearningCurve;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.core.train.Returns;
import io.lrpg.core.train.TrainerSettings;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tensor agent in training: with two modes it is the matrix agent (same streams, same bits over whole
 * trainings); the per-mode indices it writes while acting are those computed from the observations; updates from
 * those cached keys equal updates from the observations, whether the critic reads them (its grid is the actor's)
 * or not; keys of another key space (a matrix grid) are ignored; and it learns.
 */
class TensorAgentTest {

    private static final List<Axis> AXES3 = List.of(new Axis(-2, 2, 5), new Axis(-2, 2, 4), new Axis(-2, 2, 3));
    private static final List<Axis> CRITIC3 = List.of(new Axis(-2, 2, 6), new Axis(-2, 2, 6), new Axis(-2, 2, 2));

    private static LowRankSettings matrixSettings(AdamMode adam, MeanTransform transform, boolean criticOnActorGrid) {
        return new LowRankSettings(LowRankAgentTestGrids.ACTOR,
                criticOnActorGrid ? LowRankAgentTestGrids.ACTOR : LowRankAgentTestGrids.CRITIC, 3, 1e-2, 1e-1, 1.0,
                transform, transform == MeanTransform.SIGMOID ? ActionBounds.UNIT : ActionBounds.UNBOUNDED,
                StdMode.SCALAR, adam, 0.5);
    }

    private static TensorSettings tensorSettings(AdamMode adam, MeanTransform transform, boolean criticOnActorGrid) {
        return new TensorSettings(AXES3, criticOnActorGrid ? AXES3 : CRITIC3, 2, 1e-2, 1e-1, 1.0, transform,
                transform == MeanTransform.SIGMOID ? ActionBounds.UNIT : ActionBounds.UNBOUNDED, adam, 0.5);
    }

    /**
     * Two modes on rows = {0}, columns = {1}: the tensor agent built and trained from the same streams as the
     * matrix agent has the same factors at the start, the same returns at every episode and the same parameters
     * at the end. (The stronger check over the paper's pendulum is in lrpg-envs.)
     */
    @ParameterizedTest
    @CsvSource({"DENSE, IDENTITY, false", "SPARSE, IDENTITY, true", "DENSE, SIGMOID, true", "SPARSE, SIGMOID, false"})
    void twoModesTrainExactlyAsTheMatrixModel(AdamMode adam, MeanTransform transform, boolean criticOnActorGrid) {
        LowRankSettings matrix = matrixSettings(adam, transform, criticOnActorGrid);
        TensorSettings tensor = TensorSettings.fromLowRank(matrix);
        RandomStreams a = RandomStreams.fromSeed(11);
        RandomStreams b = RandomStreams.fromSeed(11);
        LowRankAgent lowRank = LowRankAgent.create(matrix, a.initialization());
        TensorAgent cp = TensorAgent.create(tensor, b.initialization());
        assertArrayEquals(lowRank.actor().meanMatrix().left().data, cp.actor().meanTensor().factor(0));
        assertArrayEquals(lowRank.critic().matrix().right().data, cp.critic().tensor().factor(1));
        assertEquals(lowRank.parameterCount(), cp.parameterCount());

        TrainerSettings trainer = new TrainerSettings(0.9, 150, 30);
        LearningCurve matrixCurve = new PolicyGradientTrainer(trainer, 2).train(
                new LinearToyEnvironment(a.environment()), lowRank.actor(), lowRank.critic(), a.policy(), r -> { });
        LearningCurve tensorCurve = new PolicyGradientTrainer(trainer, 2).train(
                new LinearToyEnvironment(b.environment()), cp.actor(), cp.critic(), b.policy(), r -> { });
        assertArrayEquals(matrixCurve.returns(), tensorCurve.returns(), 1e-12);
        assertArrayEquals(matrixCurve.lengths(), tensorCurve.lengths());
        assertArrayEquals(lowRank.actor().meanMatrix().left().data, cp.actor().meanTensor().factor(0), 1e-12);
        assertArrayEquals(lowRank.actor().meanMatrix().right().data, cp.actor().meanTensor().factor(1), 1e-12);
        assertEquals(lowRank.actor().logStd(), cp.actor().logStd(), 1e-12);
        assertArrayEquals(lowRank.critic().matrix().left().data, cp.critic().tensor().factor(0), 1e-12);
        assertArrayEquals(lowRank.critic().matrix().right().data, cp.critic().tensor().factor(1), 1e-12);
        assertNotEquals(0.5, cp.actor().logStd(), "log σ was trained");
    }

    @Test
    void keysWrittenWhileActingAreTheIndicesOfTheObservations() {
        TensorSettings settings = tensorSettings(AdamMode.DENSE, MeanTransform.IDENTITY, false);
        RandomStreams streams = RandomStreams.fromSeed(4);
        TensorAgent agent = TensorAgent.create(settings, streams.initialization());
        PolicyGradientTrainer trainer = new PolicyGradientTrainer(new TrainerSettings(0.9, 1, 40), 3);
        ThreeStateToyEnvironment environment = new ThreeStateToyEnvironment(streams.environment());
        for (int e = 0; e < 5; e++) {
            trainer.trainOneEpisode(e, environment, agent.actor(), agent.critic(), streams.policy());
            EpisodeBuffer episode = trainer.lastEpisode();
            assertTrue(episode.length() > 1);
            ModeIndexer space = agent.actor().indexer();
            assertTrue(episode.keys().present(space, 3));
            assertFalse(episode.keys().present(agent.critic().indexer(), 3), "the critic's grid is another");
            double[] s = new double[3];
            for (int t = 0; t < episode.length(); t++) {
                episode.observation(t, s);
                for (int d = 0; d < 3; d++) {
                    assertEquals(AXES3.get(d).index(s[d]), episode.keys().array()[3 * t + d], "t " + t + " mode " + d);
                }
            }
        }
    }

    private static final int B = 40;

    /** B random 3-D transitions acted by {@code actor} with keys into {@code keyed}, without into {@code plain}. */
    private static void act(TensorGaussianPolicy actor, EpisodeBuffer keyed, EpisodeBuffer plain) {
        SplittableRandom states = new SplittableRandom(11);
        SplittableRandom noiseA = new SplittableRandom(12);
        SplittableRandom noiseB = new SplittableRandom(12);
        for (int t = 0; t < B; t++) {
            double[] s = {states.nextDouble(-2.2, 2.2), states.nextDouble(-2.2, 2.2), states.nextDouble(-2.2, 2.2)};
            double a = actor.sampleAction(s, noiseA, keyed.keys());
            double reward = states.nextDouble(-1, 1);
            keyed.add(s, a, reward);
            assertEquals(a, actor.sampleAction(s, noiseB), 0.0, "keys change nothing of the draw");
            plain.add(s, a, reward);
        }
    }

    private static double[] update(TensorAgent agent, EpisodeBuffer episode) {
        double[] returns = new double[B];
        double[] values = new double[B];
        double[] advantages = new double[B];
        Returns.discounted(episode.rewards(), B, 0.9, returns);
        agent.critic().update(episode, returns, values);
        Returns.advantages(returns, values, B, advantages);
        agent.actor().update(episode, advantages);
        return values;
    }

    private static void assertSameParameters(TensorAgent expected, TensorAgent actual, String what) {
        for (int d = 0; d < 3; d++) {
            assertArrayEquals(expected.actor().meanTensor().factor(d), actual.actor().meanTensor().factor(d), what);
            assertArrayEquals(expected.critic().tensor().factor(d), actual.critic().tensor().factor(d), what);
        }
        assertEquals(expected.actor().logStd(), actual.actor().logStd(), 0.0, what);
    }

    @ParameterizedTest
    @CsvSource({"DENSE, IDENTITY, false", "SPARSE, SIGMOID, true", "DENSE, SIGMOID, true", "SPARSE, IDENTITY, false"})
    void updatesFromCachedKeysEqualUpdatesFromObservations(AdamMode adam, MeanTransform transform,
            boolean criticOnActorGrid) {
        TensorSettings settings = tensorSettings(adam, transform, criticOnActorGrid);
        TensorAgent keyedAgent = TensorAgent.create(settings, new SplittableRandom(7));
        TensorAgent plainAgent = TensorAgent.create(settings, new SplittableRandom(7));
        EpisodeBuffer keyed = new EpisodeBuffer(3, 8);
        EpisodeBuffer plain = new EpisodeBuffer(3, 8);
        act(keyedAgent.actor(), keyed, plain);
        assertEquals(criticOnActorGrid, keyed.keys().present(keyedAgent.critic().indexer(), 3));
        for (int round = 0; round < 3; round++) {
            assertArrayEquals(update(plainAgent, plain), update(keyedAgent, keyed), "values, round " + round);
            assertSameParameters(plainAgent, keyedAgent, "round " + round);
        }
    }

    /** A critic on the actor's axes reads the keys: written here by hand, not the observations' indices. */
    @Test
    void aCriticOnTheActorsGridReadsTheKeys() {
        TensorSettings settings = tensorSettings(AdamMode.DENSE, MeanTransform.IDENTITY, true);
        TensorAgent agent = TensorAgent.create(settings, new SplittableRandom(3));
        TensorValueFunction critic = agent.critic();
        EpisodeBuffer episode = new EpisodeBuffer(3, 8);
        int[][] keys = {{0, 3, 2}, {4, 0, 0}, {1, 1, 1}};
        double[] origin = {0.0, 0.0, 0.0}; // indices (2, 1 or 2, 1), never one of the above
        for (int[] key : keys) {
            int at = episode.keys().claim(agent.actor().indexer(), 3);
            System.arraycopy(key, 0, episode.keys().array(), at, 3);
            episode.add(origin, 0.0, 0.0);
        }
        double[] values = new double[keys.length];
        critic.values(episode, values);
        for (int t = 0; t < keys.length; t++) {
            assertEquals(critic.tensor().get(keys[t], 0), values[t], 0.0, "t = " + t);
        }
        assertNotEquals(critic.value(origin), values[0]);
    }

    /** Keys of a matrix grid over the same axes are another key space: the tensor computes its own. */
    @Test
    void matrixKeysAreAnotherKeySpace() {
        LowRankSettings matrix = matrixSettings(AdamMode.DENSE, MeanTransform.IDENTITY, true);
        TensorSettings tensor = TensorSettings.fromLowRank(matrix);
        LowRankAgent writer = LowRankAgent.create(matrix, new SplittableRandom(1));
        EpisodeBuffer episode = new EpisodeBuffer(2, 8);
        double[] s = new double[2];
        SplittableRandom random = new SplittableRandom(2);
        for (int t = 0; t < 10; t++) {
            s[0] = random.nextDouble(-1.5, 1.5);
            s[1] = random.nextDouble(-1.5, 1.5);
            episode.add(s, writer.actor().sampleAction(s, random, episode.keys()), 1.0);
        }
        // overwrite the matrix keys with cells that are not the observations'; a tensor reading them would differ
        java.util.Arrays.fill(episode.keys().array(), 0, 20, 5);
        assertTrue(episode.keys().present(matrix.actorGrid(), CellKeys.WIDTH));
        TensorAgent reader = TensorAgent.create(tensor, new SplittableRandom(3));
        assertFalse(episode.keys().present(reader.actor().indexer(), 2));
        double[] values = new double[10];
        reader.critic().values(episode, values);
        for (int t = 0; t < 10; t++) {
            episode.observation(t, s);
            assertEquals(reader.critic().value(s), values[t], 0.0, "t " + t);
        }
    }

    @Test
    void learnsToSteerTheThreeStateToySystem() {
        TensorSettings settings = tensorSettings(AdamMode.DENSE, MeanTransform.IDENTITY, false);
        RandomStreams streams = RandomStreams.fromSeed(2024);
        TensorAgent agent = TensorAgent.create(settings, streams.initialization());
        LearningCurve curve = new PolicyGradientTrainer(new TrainerSettings(0.9, 600, 30), 3).train(
                new ThreeStateToyEnvironment(streams.environment()), agent.actor(), agent.critic(), streams.policy(),
                r -> { });
        assertFalse(curve.diverged());
        double early = mean(curve.returns(), 0, 50);
        double late = mean(curve.returns(), 550, 600);
        assertTrue(late > early + 3.0, "mean return went from " + early + " to " + late);
    }

    @Test
    void settingsValidateThemselves() {
        assertThrows(IllegalArgumentException.class, () -> new TensorSettings(AXES3, AXES3.subList(0, 2), 2, 1e-2,
                1e-1, 1.0, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, AdamMode.DENSE, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new TensorSettings(AXES3, AXES3, 0, 1e-2, 1e-1, 1.0,
                MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, AdamMode.DENSE, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new TensorSettings(AXES3, AXES3, 2, -1e-2, 1e-1, 1.0,
                MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, AdamMode.DENSE, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new TensorSettings(AXES3, AXES3, 2, 1e-2, Double.NaN, 1.0,
                MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, AdamMode.DENSE, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new TensorSettings(AXES3, AXES3, 2, 1e-2, 1e-1, 1.0,
                MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, AdamMode.DENSE, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> TensorSettings.fromLowRank(
                matrixSettings(AdamMode.DENSE, MeanTransform.IDENTITY, true).withStdMode(StdMode.PER_STATE)));
        TensorSettings ok = tensorSettings(AdamMode.DENSE, MeanTransform.IDENTITY, false);
        assertEquals(2L * (5 + 4 + 3), ok.actorMeanParameters());
        assertEquals(2L * (6 + 6 + 2), ok.criticParameters());
        TensorAgent agent = TensorAgent.create(ok, new SplittableRandom(1));
        assertEquals(ok.actorMeanParameters() + 1, agent.actor().parameterCount());
        assertEquals(ok.criticParameters(), agent.critic().parameterCount());
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0.0;
        for (int n = from; n < to; n++) {
            sum += values[n];
        }
        return sum / (to - from);
    }
}
