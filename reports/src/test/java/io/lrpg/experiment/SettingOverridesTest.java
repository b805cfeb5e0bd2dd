package io.lrpg.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The factored models' keys change the trained model's settings only; std stays the matrix model's. */
    @Test
    void tensorKeysSetTheTensorSettings() {
        Preset changed = SettingOverrides.apply(PaperPresets.ACROBOT, ModelKind.TENSOR, java.util.Map.of("rank", "3",
                "adam", "sparse", "init.scale", "0.5", "log-std.init", "0", "buckets", "3x2x2x4"));
        io.lrpg.core.tensor.TensorSettings t = changed.tensor();
        assertEquals(3, t.rank());
        assertEquals(io.lrpg.core.optim.AdamMode.SPARSE, t.adamMode());
        assertEquals(0.5, t.initScale());
        assertEquals(0.0, t.initialLogStd());
        assertEquals(0.2, SettingOverrides.apply(PaperPresets.ACROBOT, ModelKind.TENSOR,
                java.util.Map.of("critic.lr", "0.2")).tensor().criticLearningRate());
        assertEquals(java.util.List.of(3, 2, 2, 4), t.actorAxes().stream().map(io.lrpg.core.discretize.Axis::buckets)
                .toList());
        assertEquals(t.actorAxes(), t.criticAxes());
        assertEquals(PaperPresets.ACROBOT.tensor().actorAxes().get(0).high(), t.actorAxes().get(0).high(), "ranges kept");
        assertEquals(PaperPresets.ACROBOT.lowRank(), changed.lowRank(), "the matrix settings are untouched");
        assertEquals(PaperPresets.ACROBOT.tensor(),
                SettingOverrides.apply(PaperPresets.ACROBOT, ModelKind.LOWRANK, java.util.Map.of("rank", "3")).tensor());
        IllegalArgumentException std = assertThrows(IllegalArgumentException.class, () -> SettingOverrides.apply(
                PaperPresets.ACROBOT, ModelKind.TENSOR, java.util.Map.of("std", "per-state")));
        assertEquals("setting 'std' applies to the lowrank model, not tensor", std.getMessage());
        IllegalArgumentException rank = assertThrows(IllegalArgumentException.class, () -> SettingOverrides.apply(
                PaperPresets.ACROBOT, ModelKind.NN, java.util.Map.of("rank", "2")));
        assertEquals("setting 'rank' applies to the lowrank and tensor models, not nn", rank.getMessage());
        for (String bad : java.util.List.of("rank=0", "buckets=2x2x0x2", "actor.buckets=2x2x2", "init.scale=-1")) {
            String[] kv = bad.split("=");
            assertThrows(IllegalArgumentException.class, () -> SettingOverrides.apply(PaperPresets.ACROBOT,
                    ModelKind.TENSOR, java.util.Map.of(kv[0], kv[1])), bad);
        }
        assertTrue(SettingOverrides.KEYS.get("rank").startsWith("lowrank, tensor: "), SettingOverrides.KEYS.get("rank"));
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
        for (ModelKind model : ModelKind.values()) { // mountain car's preset is not the paper's
            Preset car = io.lrpg.envs.presets.Presets.of(EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0);
            assertEquals(Models.build(car, model, RandomStreams.fromSeed(3, model.streamFamily())).count(),
                    Models.parameterCount(car, model), "mountain car/" + model.id());
        }
        Preset tensor = SettingOverrides.apply(PaperPresets.GODDARD, ModelKind.TENSOR,
                java.util.Map.of("rank", "3", "actor.buckets", "2x5x7", "critic.buckets", "3x3x3"));
        assertEquals(Models.build(tensor, ModelKind.TENSOR, RandomStreams.fromSeed(1, 2)).count(),
                Models.parameterCount(tensor, ModelKind.TENSOR));
        assertEquals(new io.lrpg.results.ParameterCount(3 * (2 + 5 + 7), 3 * 9, 1),
                Models.parameterCount(tensor, ModelKind.TENSOR), "k·Σ n_d");
        assertEquals(new io.lrpg.results.ParameterCount(24, 24, 1),
                Models.parameterCount(PaperPresets.GODDARD, ModelKind.TENSOR), "docs/paper.md §7.7: 2·(4 + 4 + 4)");
        Preset perState = SettingOverrides.apply(PaperPresets.PENDULUM, ModelKind.LOWRANK,
                java.util.Map.of("std", "per-state", "rank", "3"));
        assertEquals(Models.build(perState, ModelKind.LOWRANK, RandomStreams.fromSeed(1)).count(),
                Models.parameterCount(perState, ModelKind.LOWRANK));
        assertEquals(new io.lrpg.results.ParameterCount(80, 128, 1),
                Models.parameterCount(PaperPresets.PENDULUM, ModelKind.LOWRANK), "docs/paper.md §2.3: 80 + 128");
        assertEquals(new io.lrpg.results.ParameterCount(2049, 2049, 1),
                Models.parameterCount(PaperPresets.PENDULUM, ModelKind.NN), "4098 for both networks");
    }
}
