package io.lrpg.core.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.CellKeys;
import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.discretize.StateIndexer;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.LowRankGaussianPolicy;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.policy.StdMode;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.core.train.Returns;
import io.lrpg.core.train.TrainerSettings;
import io.lrpg.core.value.LowRankValueFunction;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cells cached as step keys while acting give the same update, bit for bit, as cells computed from the
 * observations, whether the critic reads them (its grid is the actor's) or computes its own (another grid);
 * keys of another grid are ignored, keys of the same grid are read; and the critic's one-pass update equals
 * its values followed by its update.
 */
class StepKeysUpdateTest {

    private static final int B = 40;

    /** Where the critic's grid comes from. */
    private enum CriticGrid { OWN, ACTORS }

    private static LowRankSettings settings(AdamMode adam, StdMode std, MeanTransform transform, CriticGrid critic) {
        return new LowRankSettings(LowRankAgentTestGrids.ACTOR,
                critic == CriticGrid.OWN ? LowRankAgentTestGrids.CRITIC : LowRankAgentTestGrids.ACTOR, 3, 1e-2, 1e-1,
                1.0, transform, transform == MeanTransform.SIGMOID ? ActionBounds.UNIT : ActionBounds.UNBOUNDED, std,
                adam, 0.5);
    }

    private static LowRankSettings settings(AdamMode adam, StdMode std, MeanTransform transform) {
        return settings(adam, std, transform, CriticGrid.OWN);
    }

    private static LowRankAgent agent(LowRankSettings settings) {
        LowRankAgent agent = LowRankAgent.create(settings, new SplittableRandom(7));
        if (settings.stdMode() == StdMode.PER_STATE) { // R_σ = 0 at the start; make σ vary by state
            agent.actor().stdMatrix().fillRightGaussian(0.3, new SplittableRandom(8));
        }
        return agent;
    }

    /**
     * B random transitions acted by {@code actor} as the trainer acts (writing step keys), in {@code keyed},
     * and the same transitions appended without keys in {@code plain}.
     */
    private static void act(LowRankGaussianPolicy actor, EpisodeBuffer keyed, EpisodeBuffer plain) {
        SplittableRandom states = new SplittableRandom(11);
        SplittableRandom noiseA = new SplittableRandom(12);
        SplittableRandom noiseB = new SplittableRandom(12);
        for (int t = 0; t < B; t++) {
            double[] s = {states.nextDouble(-1.7, 1.7), states.nextDouble(-1.7, 1.7)};
            double a = actor.sampleAction(s, noiseA, keyed.keys());
            double reward = states.nextDouble(-1, 1);
            keyed.add(s, a, reward);
            assertEquals(a, actor.sampleAction(s, noiseB), 0.0, "keys change nothing of the draw");
            plain.add(s, a, reward);
        }
    }

    /** The trainer's update: critic step with its pre-step values, advantages, actor step. */
    private static double[] update(LowRankAgent agent, EpisodeBuffer episode) {
        double[] returns = new double[B];
        double[] values = new double[B];
        double[] advantages = new double[B];
        Returns.discounted(episode.rewards(), B, 0.9, returns);
        agent.critic().update(episode, returns, values);
        Returns.advantages(returns, values, B, advantages);
        agent.actor().update(episode, advantages);
        return values;
    }

    private static void assertSameParameters(LowRankAgent expected, LowRankAgent actual, String what) {
        assertArrayEquals(expected.actor().meanMatrix().left().data, actual.actor().meanMatrix().left().data, what);
        assertArrayEquals(expected.actor().meanMatrix().right().data, actual.actor().meanMatrix().right().data, what);
        assertEquals(expected.actor().logStd(), actual.actor().logStd(), 0.0, what);
        assertArrayEquals(expected.critic().matrix().left().data, actual.critic().matrix().left().data, what);
        assertArrayEquals(expected.critic().matrix().right().data, actual.critic().matrix().right().data, what);
        if (expected.actor().settings().stdMode() == StdMode.PER_STATE) {
            assertArrayEquals(expected.actor().stdMatrix().left().data, actual.actor().stdMatrix().left().data, what);
            assertArrayEquals(expected.actor().stdMatrix().right().data, actual.actor().stdMatrix().right().data,
                    what);
        }
    }

    @ParameterizedTest
    @CsvSource({"DENSE, SCALAR, IDENTITY, OWN", "SPARSE, SCALAR, SIGMOID, ACTORS", "DENSE, PER_STATE, SIGMOID, OWN",
            "SPARSE, PER_STATE, IDENTITY, ACTORS", "DENSE, SCALAR, IDENTITY, ACTORS"})
    void updatesFromCachedCellsEqualUpdatesFromObservations(AdamMode adam, StdMode std, MeanTransform transform,
            CriticGrid criticGrid) {
        LowRankSettings settings = settings(adam, std, transform, criticGrid);
        LowRankAgent keyedAgent = agent(settings);
        LowRankAgent plainAgent = agent(settings);
        EpisodeBuffer keyed = new EpisodeBuffer(2, 8);
        EpisodeBuffer plain = new EpisodeBuffer(2, 8);
        act(keyedAgent.actor(), keyed, plain);
        assertTrue(keyed.keys().present(settings.actorGrid(), CellKeys.WIDTH));
        assertEquals(criticGrid == CriticGrid.ACTORS, keyed.keys().present(settings.criticGrid(), CellKeys.WIDTH));

        for (int round = 0; round < 3; round++) { // the same transitions, three updates in a row
            double[] keyedValues = update(keyedAgent, keyed);
            double[] plainValues = update(plainAgent, plain);
            assertArrayEquals(plainValues, keyedValues, "values, round " + round);
            assertSameParameters(plainAgent, keyedAgent, "round " + round);
        }
    }

    @Test
    void keysOfAnotherGridAreIgnored() {
        LowRankSettings settings = settings(AdamMode.DENSE, StdMode.SCALAR, MeanTransform.IDENTITY);
        GridLayout coarse = new GridLayout(List.of(new Axis(-1.5, 1.5, 3), new Axis(-1.5, 1.5, 5)), new int[] {0},
                new int[] {1});
        LowRankAgent writer = LowRankAgent.create(
                new LowRankSettings(coarse, coarse, 3, 1e-2, 1e-1, 1.0, MeanTransform.IDENTITY,
                        ActionBounds.UNBOUNDED, StdMode.SCALAR, AdamMode.DENSE, 0.5),
                new SplittableRandom(3));
        EpisodeBuffer foreign = new EpisodeBuffer(2, 8);
        EpisodeBuffer plain = new EpisodeBuffer(2, 8);
        act(writer.actor(), foreign, plain);
        assertTrue(foreign.keys().present(coarse, CellKeys.WIDTH));
        assertNotEquals(cellsListOf(settings.actorGrid().indexer(), plain), cellsListOf(coarse.indexer(), plain),
                "the test needs grids that put some state in different cells");

        LowRankAgent reader = agent(settings);
        LowRankAgent reference = agent(settings);
        assertArrayEquals(update(reference, plain), update(reader, foreign));
        assertSameParameters(reference, reader, "keys of another grid");
    }

    @Test
    void theOnePassCriticUpdateEqualsValuesThenUpdate() {
        LowRankSettings settings = settings(AdamMode.DENSE, StdMode.SCALAR, MeanTransform.IDENTITY);
        LowRankAgent fused = agent(settings);
        LowRankAgent separate = agent(settings);
        EpisodeBuffer keyed = new EpisodeBuffer(2, 8);
        act(fused.actor(), keyed, new EpisodeBuffer(2, 8));
        double[] returns = new double[B];
        Returns.discounted(keyed.rewards(), B, 0.9, returns);
        double[] fusedValues = new double[B];
        double[] separateValues = new double[B];
        fused.critic().update(keyed, returns, fusedValues);
        separate.critic().values(keyed, separateValues);
        separate.critic().update(keyed, returns);
        assertArrayEquals(separateValues, fusedValues);
        assertArrayEquals(separate.critic().matrix().left().data, fused.critic().matrix().left().data);
        assertArrayEquals(separate.critic().matrix().right().data, fused.critic().matrix().right().data);
        double[] after = new double[B];
        fused.critic().values(keyed, after);
        assertNotEquals(after[0], fusedValues[0], "the values reported are the ones before the step");
    }

    /**
     * Keys present for the critic's grid are what it reads: written here by hand with cells that are not
     * the observations' (a reader that ignored them would compute different values).
     */
    @Test
    void aCriticOnTheActorsGridReadsTheKeys() {
        LowRankSettings settings = settings(AdamMode.DENSE, StdMode.SCALAR, MeanTransform.IDENTITY, CriticGrid.ACTORS);
        LowRankValueFunction critic = agent(settings).critic();
        EpisodeBuffer episode = new EpisodeBuffer(2, 8);
        int[][] cells = {{0, 5}, {5, 0}, {3, 3}};
        double[] origin = {0.0, 0.0}; // cell (2 or 3, 2 or 3), never (0, 5) or (5, 0)
        for (int[] cell : cells) {
            int at = episode.keys().claim(settings.actorGrid(), CellKeys.WIDTH);
            episode.keys().array()[at] = cell[0];
            episode.keys().array()[at + 1] = cell[1];
            episode.add(origin, 0.0, 0.0);
        }
        double[] values = new double[cells.length];
        critic.values(episode, values);
        for (int t = 0; t < cells.length; t++) {
            assertEquals(critic.matrix().get(cells[t][0], cells[t][1]), values[t], 0.0, "t = " + t);
        }
        assertNotEquals(critic.value(origin), values[0]);
    }

    @Test
    void theTrainerLeavesEveryStepsCellsInTheEpisode() {
        LowRankSettings settings = LowRankAgentTest.toySettings();
        RandomStreams streams = RandomStreams.fromSeed(4);
        LinearToyEnvironment environment = new LinearToyEnvironment(streams.environment());
        LowRankAgent agent = LowRankAgent.create(settings, streams.initialization());
        PolicyGradientTrainer trainer = new PolicyGradientTrainer(new TrainerSettings(0.9, 1, 30), 2);
        trainer.trainOneEpisode(0, environment, agent.actor(), agent.critic(), streams.policy());
        EpisodeBuffer episode = trainer.lastEpisode();
        assertTrue(episode.length() > 1);
        assertTrue(episode.keys().present(settings.actorGrid(), CellKeys.WIDTH));
        assertArrayEquals(cellsOf(agent.actor().indexer(), episode),
                java.util.Arrays.copyOf(episode.keys().array(), 2 * episode.length()));
    }

    /** (row, column) of every step, computed directly by the indexer. */
    private static List<Integer> cellsListOf(StateIndexer indexer, EpisodeBuffer episode) {
        int[] cells = cellsOf(indexer, episode);
        return java.util.Arrays.stream(cells).boxed().toList();
    }

    private static int[] cellsOf(StateIndexer indexer, EpisodeBuffer episode) {
        int[] cells = new int[2 * episode.length()];
        double[] s = new double[episode.observationDimension()];
        for (int t = 0; t < episode.length(); t++) {
            episode.observation(t, s);
            cells[2 * t] = indexer.row(s);
            cells[2 * t + 1] = indexer.column(s);
        }
        return cells;
    }
}
