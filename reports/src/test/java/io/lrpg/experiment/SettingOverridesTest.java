package io.lrpg.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.lrpg.core.agent.LowRankAgent;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.presets.PaperPreset;
import io.lrpg.envs.presets.PaperPresets;
import org.junit.jupiter.api.Test;

class SettingOverridesTest {

    @Test
    void overridesValidateAndApply() {
        PaperPreset changed = SettingOverrides.apply(PaperPresets.PENDULUM, ModelKind.LOWRANK,
                java.util.Map.of("rank", "2", "adam", "sparse", "episodes", "10", "actor.lr", "0.5"));
        assertEquals(2, changed.lowRank().rank());
        assertEquals(io.lrpg.core.optim.AdamMode.SPARSE, changed.lowRank().adamMode());
        assertEquals(10, changed.trainer().episodes());
        assertEquals(0.5, changed.lowRank().actorLearningRate());
        assertEquals(0.5, changed.network().actorLearningRate());
        assertEquals(4, PaperPresets.PENDULUM.lowRank().rank(), "presets are immutable");
        assertThrows(IllegalArgumentException.class, () -> SettingOverrides.apply(PaperPresets.PENDULUM,
                ModelKind.NN, java.util.Map.of("rank", "2")));
        assertEquals(64, SettingOverrides.apply(PaperPresets.PENDULUM, ModelKind.NN, java.util.Map.of("hidden", "64"))
                .network().hidden());
    }

    /** The counts the report and {@code lrpg params} print are those of the models the trainer builds. */
    @Test
    void reportedCountsAreTheModelsCounts() {
        for (io.lrpg.report.ParameterCounts counts : io.lrpg.report.PaperReference.parameterCounts()) {
            PaperPreset preset = PaperPresets.of(EnvironmentId.parse(counts.environment()));
            RandomStreams streams = RandomStreams.fromSeed(3);
            LowRankAgent agent = LowRankAgent.create(preset.lowRank(), streams.initialization());
            assertEquals(agent.parameterCount() - 1, counts.lowrankTrue(), "log σ excluded");
            io.lrpg.nn.NeuralBaseline nn = io.lrpg.nn.NeuralBaseline.create(preset.network(), streams.initialization());
            assertEquals(nn.numParams(), counts.nnTotal());
        }
    }

}
