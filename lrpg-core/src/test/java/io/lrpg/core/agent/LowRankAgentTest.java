package io.lrpg.core.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.policy.StdMode;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.LearningCurve;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.core.train.TrainerSettings;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LowRankAgentTest {

    private static final GridLayout ACTOR_GRID = LowRankAgentTestGrids.ACTOR;
    private static final GridLayout CRITIC_GRID = LowRankAgentTestGrids.CRITIC;

    static LowRankSettings toySettings() {
        return LowRankSettings.paper(ACTOR_GRID, CRITIC_GRID, 2, 1e-2, 1e-1, MeanTransform.IDENTITY,
                ActionBounds.UNBOUNDED);
    }

    /** One seeded run on the toy system, built the way a CLI builds it. */
    static LearningCurve run(LowRankSettings settings, long seed, int episodes) {
        RandomStreams streams = RandomStreams.fromSeed(seed);
        LinearToyEnvironment environment = new LinearToyEnvironment(streams.environment());
        LowRankAgent agent = LowRankAgent.create(settings, streams.initialization());
        PolicyGradientTrainer trainer = new PolicyGradientTrainer(new TrainerSettings(0.9, episodes, 30),
                environment.observationSpace().dimension());
        return trainer.train(environment, agent.actor(), agent.critic(), streams.policy(), record -> { });
    }

    @ParameterizedTest
    @EnumSource(StdMode.class)
    void sameSeedGivesBitIdenticalReturnsAndAnotherSeedDoesNot(StdMode mode) {
        LowRankSettings settings = toySettings().withStdMode(mode);
        LearningCurve first = run(settings, 17, 60);
        LearningCurve second = run(settings, 17, 60);
        assertArrayEquals(first.returns(), second.returns());
        assertArrayEquals(first.lengths(), second.lengths());
        assertNotEquals(first, run(settings, 18, 60));
    }

    @Test
    void concurrentRunsAreBitIdenticalToSequentialOnes() throws Exception {
        LearningCurve expectedA = run(toySettings(), 5, 80);
        LearningCurve expectedB = run(toySettings().withAdamMode(AdamMode.SPARSE), 5, 80);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<LearningCurve> a = pool.submit(() -> run(toySettings(), 5, 80));
            Future<LearningCurve> b = pool.submit(() -> run(toySettings().withAdamMode(AdamMode.SPARSE), 5, 80));
            assertArrayEquals(expectedA.returns(), a.get().returns());
            assertArrayEquals(expectedB.returns(), b.get().returns());
        } finally {
            pool.shutdownNow();
        }
        assertNotEquals(expectedA, expectedB); // the Adam modes really differ
    }

    @ParameterizedTest
    @EnumSource(AdamMode.class)
    void learnsToSteerTheToySystem(AdamMode mode) {
        LearningCurve curve = run(toySettings().withAdamMode(mode), 2024, 600);
        assertFalse(curve.diverged());
        double early = mean(curve.returns(), 0, 50);
        double late = mean(curve.returns(), 550, 600);
        assertTrue(late > early + 8.0 && late > 5.0, "mean return went from " + early + " to " + late);
    }

    @Test
    void nonFiniteParametersEndTheRunAsDivergedData() {
        RandomStreams streams = RandomStreams.fromSeed(9);
        LinearToyEnvironment environment = new LinearToyEnvironment(streams.environment());
        LowRankAgent agent = LowRankAgent.create(toySettings(), streams.initialization());
        java.util.Arrays.fill(agent.actor().meanMatrix().left().data, Double.NaN);
        LearningCurve curve = new PolicyGradientTrainer(new TrainerSettings(0.9, 10, 30), 2)
                .train(environment, agent.actor(), agent.critic(), streams.policy(), record -> { });
        assertTrue(curve.diverged());
        assertEquals(1, curve.episodes());
    }

    @Test
    void buildsActorAndCriticOnTheirOwnGridsAndCountsParameters() {
        LowRankAgent agent = LowRankAgent.create(toySettings(), RandomStreams.fromSeed(1).initialization());
        assertEquals(6, agent.actor().indexer().rows());
        assertEquals(8, agent.critic().indexer().columns());
        assertEquals((6 + 6) * 2 + 1, agent.actor().parameterCount());
        assertEquals((8 + 8) * 2, agent.critic().parameterCount());
        assertEquals(25 + 32, agent.parameterCount());
        assertEquals(1.0, agent.actor().logStd(), 0.0);
    }

    @Test
    void settingsValidateThemselves() {
        assertThrows(IllegalArgumentException.class, () -> LowRankSettings.paper(ACTOR_GRID, CRITIC_GRID, 0, 1e-2,
                1e-1, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED));
        assertThrows(IllegalArgumentException.class, () -> LowRankSettings.paper(ACTOR_GRID, CRITIC_GRID, 2, -1e-2,
                1e-1, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED));
        assertThrows(IllegalArgumentException.class, () -> LowRankSettings.paper(ACTOR_GRID, CRITIC_GRID, 2, 1e-2,
                Double.NaN, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED));
        GridLayout oneDimensional = new GridLayout(List.of(new Axis(0, 1, 2)), new int[] {0}, new int[] {});
        assertThrows(IllegalArgumentException.class, () -> LowRankSettings.paper(ACTOR_GRID, oneDimensional, 2,
                1e-2, 1e-1, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED));
        assertThrows(IllegalArgumentException.class, () -> new LowRankSettings(ACTOR_GRID, CRITIC_GRID, 2, 1e-2,
                1e-1, -1.0, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, StdMode.SCALAR, AdamMode.DENSE, 1.0));
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0.0;
        for (int n = from; n < to; n++) {
            sum += values[n];
        }
        return sum / (to - from);
    }
}
