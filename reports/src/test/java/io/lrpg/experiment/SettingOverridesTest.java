package io.lrpg.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.lrpg.core.random.RandomStreams;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.presets.Preset;
import io.lrpg.envs.presets.PaperPresets;
import org.junit.jupiter.api.Test;

class SettingOverridesTest {

    @Test
    void overridesValidateAndApply() {
        Preset changed = SettingOverrides.apply(PaperPresets.PENDULUM, ModelKind.LOWRANK,
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

    /** The counts {@code lrpg settings} and {@code lrpg params} print are those of the models the trainer builds. */
    @Test
    void countsFromShapesAreTheBuiltModelsCounts() {
        for (Preset preset : PaperPresets.all()) {
            for (ModelKind model : ModelKind.values()) {
                RandomStreams streams = RandomStreams.fromSeed(3, model.streamFamily());
                assertEquals(Models.build(preset, model, streams).count(), Models.parameterCount(preset, model),
                        preset.environment().id() + "/" + model.id());
            }
        }
        Preset perState = SettingOverrides.apply(PaperPresets.PENDULUM, ModelKind.LOWRANK,
                java.util.Map.of("std", "per-state", "rank", "3"));
        assertEquals(Models.build(perState, ModelKind.LOWRANK, RandomStreams.fromSeed(1)).count(),
                Models.parameterCount(perState, ModelKind.LOWRANK));
        assertEquals(new io.lrpg.results.ParameterCount(80, 128, 1),
                Models.parameterCount(PaperPresets.PENDULUM, ModelKind.LOWRANK), "docs/paper.md §3: 80 + 128");
        assertEquals(new io.lrpg.results.ParameterCount(2049, 2049, 1),
                Models.parameterCount(PaperPresets.PENDULUM, ModelKind.NN), "4098 for both networks");
    }
}
