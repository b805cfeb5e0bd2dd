package io.lrpg.envs.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.lrpg.core.agent.LowRankAgent;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.Environments;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PaperPresetsTest {

    /** Digest §2.3: LR actor + critic = 80 + 128, 16 + 16, 40 + 40; the actor's log σ adds one. */
    @Test
    void parameterCountsMatchThePaperShapes() {
        int[] expected = {208, 32, 80};
        int index = 0;
        for (PaperPreset preset : PaperPresets.all()) {
            LowRankAgent agent = LowRankAgent.create(preset.lowRank(), RandomStreams.fromSeed(1).initialization());
            assertEquals(expected[index] + 1, agent.parameterCount(), preset.environment().id());
            index++;
        }
    }

    @Test
    void gridsCoverTheEnvironmentsObservations() {
        for (PaperPreset preset : PaperPresets.all()) {
            int dimension = Environments.create(preset.environment(), new SplittableRandom(1)).observationSpace().dimension();
            assertEquals(dimension, preset.lowRank().actorGrid().stateDimension());
        }
    }

    @Test
    void settingsOfTheFigure() {
        assertEquals(0.99, PaperPresets.PENDULUM.trainer().discount());
        assertEquals(100, PaperPresets.PENDULUM.trainer().maxStepsPerEpisode());
        assertEquals(0.9, PaperPresets.ACROBOT.trainer().discount());
        assertEquals(30_000, PaperPresets.GODDARD.trainer().episodes());
        assertEquals(3e-2, PaperPresets.ACROBOT.lowRank().actorLearningRate());
        assertEquals(16 * 16, PaperPresets.PENDULUM.lowRank().criticGrid().rows()
                * PaperPresets.PENDULUM.lowRank().criticGrid().columns());
        assertThrows(IllegalArgumentException.class, () -> PaperPresets.of(EnvironmentId.ACROBOT_V1));
        assertThrows(IllegalArgumentException.class, () -> PaperPresets.of(EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0));
    }

    /** Digest §2.3: the networks' actor + critic = 4098, 386, 1282 parameters (log σ excluded). */
    @Test
    void networkParameterCountsMatchThePaper() {
        int[] expected = {4098, 386, 1282};
        int index = 0;
        for (PaperPreset preset : PaperPresets.all()) {
            assertEquals(expected[index], 2 * preset.network().parametersPerNetwork(), preset.environment().id());
            index++;
        }
    }
}
