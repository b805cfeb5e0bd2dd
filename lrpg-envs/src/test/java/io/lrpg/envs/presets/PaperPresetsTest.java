package io.lrpg.envs.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.lrpg.core.agent.LowRankAgent;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.tensor.TensorAgent;
import io.lrpg.core.tensor.TensorSettings;
import io.lrpg.envs.EnvironmentId;
import org.junit.jupiter.api.Test;

class PaperPresetsTest {

    /** Digest §2.3: LR actor + critic = 80 + 128, 16 + 16, 40 + 40; the actor's log σ adds one. */
    @Test
    void parameterCountsMatchThePaperShapes() {
        int[] expected = {208, 32, 80};
        int index = 0;
        for (Preset preset : PaperPresets.all()) {
            LowRankAgent agent = LowRankAgent.create(preset.lowRank(), RandomStreams.fromSeed(1).initialization());
            assertEquals(expected[index] + 1, agent.parameterCount(), preset.environment().id());
            index++;
        }
    }

    /**
     * docs/paper.md §7.7: the tensor presets have k·Σ n_d parameters per model, 80 + 128 (pendulum, the matrix
     * model's), 16 + 16 (acrobot) and 24 + 24 (Goddard), plus log σ.
     */
    @Test
    void tensorParameterCounts() {
        int[] expected = {208, 32, 48};
        int index = 0;
        for (Preset preset : PaperPresets.all()) {
            TensorAgent agent = TensorAgent.create(preset.tensor(), RandomStreams.fromSeed(1).initialization());
            assertEquals(expected[index] + 1, agent.parameterCount(), preset.environment().id());
            assertEquals(expected[index], preset.tensor().actorMeanParameters() + preset.tensor().criticParameters());
            index++;
        }
        assertEquals(TensorSettings.fromLowRank(PaperPresets.PENDULUM.lowRank()), PaperPresets.PENDULUM.tensor(),
                "on the pendulum the tensor preset is the matrix preset");
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
        for (Preset preset : PaperPresets.all()) {
            assertEquals(expected[index], 2 * preset.network().parametersPerNetwork(), preset.environment().id());
            index++;
        }
    }
}
