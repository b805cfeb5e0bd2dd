package io.lrpg.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.presets.PaperPresets;
import io.lrpg.results.SettingDifference;
import io.lrpg.results.SettingsHash;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Naming of variants, differences from the paper, and the seeding rule of plans. */
class VariantsTest {

    private static Variant resolve(EnvironmentId environment, ModelKind model, Map<String, String> overrides,
            String label) {
        return Variants.resolve(environment, model, overrides, Optional.ofNullable(label));
    }

    @Test
    void thePaperSettingsAreThePaperVariantForEveryModelOfThePaper() {
        for (EnvironmentId environment : List.of(EnvironmentId.PENDULUM, EnvironmentId.ACROBOT, EnvironmentId.GODDARD)) {
            for (ModelKind model : ModelKind.paperModels()) {
                Variant v = resolve(environment, model, Map.of(), null);
                assertEquals("paper", v.id());
                assertTrue(v.differences().isEmpty());
                assertTrue(v.paperEnvironment());
            }
        }
    }

    /**
     * Mountain car has a preset but not the paper's: its variants are "preset", are not paper environments, and list
     * their differences from the preset; the tensor and low-rank models of a seed draw independent streams.
     */
    @Test
    void followUpPresetsAreNotThePapers() {
        for (ModelKind model : ModelKind.values()) {
            Variant v = resolve(EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0, model, Map.of(), null);
            assertEquals("preset", v.id());
            assertFalse(v.paperEnvironment());
            assertTrue(v.differences().isEmpty());
            assertEquals(500, v.episodes());
        }
        Variant tensor = resolve(EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0, ModelKind.TENSOR, Map.of("rank", "2"), null);
        assertTrue(tensor.id().startsWith(SettingsHash.PREFIX), tensor.id());
        assertEquals(List.of("tensor.rank: 1 → 2"), tensor.differences().stream().map(SettingDifference::describe)
                .toList(), "differences from the preset where the paper has none");
        assertEquals(2, tensor.settings().tensor().rank());
        assertThrows(IllegalArgumentException.class, () -> Profile.QUICK.plan(
                List.of(EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0), List.of(ModelKind.LOWRANK), 1, 0),
                "reproduce runs the paper's environments only");
        assertEquals(2, ModelKind.TENSOR.streamFamily());
        assertNotEquals(io.lrpg.core.random.RandomStreams.fromSeed(9, ModelKind.LOWRANK.streamFamily()).environment()
                .nextLong(), io.lrpg.core.random.RandomStreams.fromSeed(9, ModelKind.TENSOR.streamFamily()).environment()
                .nextLong());
    }

    @Test
    void tensorDifferencesFromThePresetArePathsInTheTensorSettings() {
        Variant v = resolve(EnvironmentId.GODDARD, ModelKind.TENSOR, Map.of("rank", "4", "actor.buckets", "4x5x4"),
                null);
        assertEquals(List.of("tensor.actorAxes[1].buckets: 4 → 5", "tensor.rank: 2 → 4"),
                v.differences().stream().map(SettingDifference::describe).toList());
        assertEquals("tensor", v.tree().get("model").asText());
        assertEquals(3, v.tree().get("tensor").get("criticAxes").size());
    }

    @Test
    void theQuickProfileShortensOnlyGoddard() {
        RunPlan plan = Profile.QUICK.plan(List.of(EnvironmentId.PENDULUM, EnvironmentId.GODDARD),
                List.of(ModelKind.LOWRANK, ModelKind.NN), 2, 10);
        assertEquals(List.of("pendulum/lowrank/paper", "pendulum/nn/paper", "goddard/lowrank/quick", "goddard/nn/quick"),
                plan.variants().stream().map(Variant::cell).toList());
        Variant quick = plan.variants().get(2);
        assertEquals(6000, quick.episodes());
        assertEquals(List.of("trainer.episodes: 30000 → 6000"),
                quick.differences().stream().map(SettingDifference::describe).toList());
        assertEquals("quick", resolve(EnvironmentId.GODDARD, ModelKind.LOWRANK, Map.of("episodes", "6000"), null).id(),
                "the same settings get the same name in every command");
        assertEquals("paper", Profile.PAPER.plan(List.of(EnvironmentId.GODDARD), List.of(ModelKind.NN), 1, 0)
                .variants().get(0).id());
    }

    @Test
    void otherSettingsAreNamedByTheirHashOrTheirLabel() {
        Variant rank8 = resolve(EnvironmentId.PENDULUM, ModelKind.LOWRANK, Map.of("rank", "8"), null);
        assertEquals(SettingsHash.of(rank8.tree()), rank8.id());
        assertEquals(rank8.id(), resolve(EnvironmentId.PENDULUM, ModelKind.LOWRANK, Map.of("rank", "8"), null).id());
        assertNotEquals(rank8.id(), resolve(EnvironmentId.PENDULUM, ModelKind.LOWRANK, Map.of("rank", "7"), null).id());
        assertNotEquals(rank8.id(), resolve(EnvironmentId.ACROBOT, ModelKind.LOWRANK, Map.of("rank", "8"), null).id());
        Variant labelled = resolve(EnvironmentId.PENDULUM, ModelKind.LOWRANK, Map.of("rank", "8"), "rank8");
        assertEquals("rank8", labelled.id());
        assertEquals(rank8.tree(), labelled.tree());
        // the hash each run record carries is the settings' own, whatever the variant is called
        assertEquals(rank8.id(), labelled.settingsHash());
        Variant paper = resolve(EnvironmentId.PENDULUM, ModelKind.LOWRANK, Map.of(), null);
        assertEquals(SettingsHash.of(paper.tree()), paper.settingsHash());
        assertNotEquals(paper.id(), paper.settingsHash());
        assertEquals(List.of("lowRank.rank: 4 → 8"), labelled.differences().stream().map(SettingDifference::describe)
                .toList());
        assertEquals("paper-like", resolve(EnvironmentId.PENDULUM, ModelKind.LOWRANK, Map.of(), "paper-like").id(),
                "a label may name the paper's settings too");
    }

    @Test
    void gridsAreSetPerStateDimension() {
        Variant coarse = resolve(EnvironmentId.GODDARD, ModelKind.LOWRANK, Map.of("actor.buckets", "2x3x5",
                "critic.buckets", "8x8x8"), null);
        var grid = coarse.settings().lowRank().actorGrid();
        assertEquals(2, grid.rows(), "v has 2 points");
        assertEquals(15, grid.columns(), "h × m: 3 × 5");
        assertEquals(PaperPresets.GODDARD.lowRank().actorGrid().axes().get(1).high(), grid.axes().get(1).high(),
                "ranges are the preset's");
        assertEquals(List.of("lowRank.actorGrid.axes[0].buckets: 4 → 2", "lowRank.actorGrid.axes[1].buckets: 4 → 3",
                "lowRank.actorGrid.axes[2].buckets: 4 → 5", "lowRank.criticGrid.axes[0].buckets: 4 → 8",
                "lowRank.criticGrid.axes[1].buckets: 4 → 8", "lowRank.criticGrid.axes[2].buckets: 4 → 8"),
                coarse.differences().stream().map(SettingDifference::describe).toList());
    }

    @Test
    void reservedAndUnsafeLabelsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> resolve(EnvironmentId.PENDULUM, ModelKind.LOWRANK, Map.of("rank", "8"), "paper"));
        assertThrows(IllegalArgumentException.class,
                () -> resolve(EnvironmentId.PENDULUM, ModelKind.LOWRANK, Map.of(), "quick"));
        assertThrows(IllegalArgumentException.class,
                () -> resolve(EnvironmentId.PENDULUM, ModelKind.LOWRANK, Map.of(), "cfg-0123456789"));
        for (String unsafe : List.of("a b", "../x", "-x", "x/y", "", "é")) {
            assertThrows(IllegalArgumentException.class,
                    () -> resolve(EnvironmentId.PENDULUM, ModelKind.LOWRANK, Map.of(), unsafe), unsafe);
        }
        assertEquals("paper", resolve(EnvironmentId.PENDULUM, ModelKind.NN, Map.of(), "paper").id());
    }

    /** Run r of a command with base seed S has seed S + r for every model; plans are sharded by position. */
    @Test
    void plansFollowTheSeedingRuleAndShardByPosition() {
        Variant lowrank = resolve(EnvironmentId.ACROBOT, ModelKind.LOWRANK, Map.of(), null);
        Variant nn = resolve(EnvironmentId.ACROBOT, ModelKind.NN, Map.of(), null);
        RunPlan plan = RunPlan.of(List.of(lowrank, nn), 3, 4);
        assertEquals(List.of("acrobot/lowrank/paper/seed-4", "acrobot/lowrank/paper/seed-5",
                "acrobot/lowrank/paper/seed-6", "acrobot/nn/paper/seed-4", "acrobot/nn/paper/seed-5",
                "acrobot/nn/paper/seed-6"), plan.runs().stream().map(r -> r.id().label()).toList());
        assertEquals(List.of(new io.lrpg.results.Invocation.PlannedCell("acrobot", "lowrank", "paper", 4, 3),
                new io.lrpg.results.Invocation.PlannedCell("acrobot", "nn", "paper", 4, 3)), plan.cells());
        List<RunRequest> first = plan.shard(new Shard(1, 4));
        List<RunRequest> fourth = plan.shard(new Shard(4, 4));
        assertEquals(List.of(plan.runs().get(0), plan.runs().get(4)), first);
        assertEquals(List.of(plan.runs().get(3)), fourth);
        int total = 0;
        for (int i = 1; i <= 4; i++) {
            total += plan.shard(new Shard(i, 4)).size();
        }
        assertEquals(6, total);
        assertThrows(IllegalArgumentException.class, () -> RunPlan.seedOf(-1, 0));
        assertThrows(ArithmeticException.class, () -> RunPlan.seedOf(Long.MAX_VALUE, 1));
        assertThrows(IllegalArgumentException.class, () -> RunPlan.of(List.of(lowrank, lowrank), 1, 0),
                "a run twice");
    }

    /** The two models of one seed draw independent streams: their initial environment states differ. */
    @Test
    void theModelsOfOneSeedDrawIndependentStreams() {
        var lowrank = io.lrpg.core.random.RandomStreams.fromSeed(9, ModelKind.LOWRANK.streamFamily());
        var nn = io.lrpg.core.random.RandomStreams.fromSeed(9, ModelKind.NN.streamFamily());
        assertNotEquals(lowrank.environment().nextLong(), nn.environment().nextLong());
        assertEquals(0, ModelKind.LOWRANK.streamFamily(), "low-rank results are those of the earlier single family");
    }

    /** The paper has no tensor model and no mountain car: their presets are "preset", never "paper". */
    @Test
    void presetsOfWhatThePaperDidNotUseAreNamedPreset() {
        Variant tensor = resolve(EnvironmentId.PENDULUM, ModelKind.TENSOR, Map.of(), null);
        assertEquals("preset", tensor.id());
        assertTrue(!tensor.paperEnvironment() && tensor.differences().isEmpty());
        assertEquals("quick", resolve(EnvironmentId.GODDARD, ModelKind.TENSOR, Map.of("episodes", "6000"), null).id());
        for (ModelKind model : ModelKind.values()) {
            Variant car = resolve(EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0, model, Map.of(), null);
            assertEquals("preset", car.id(), model.id());
            assertTrue(!car.paperEnvironment());
        }
        assertEquals("preset", resolve(EnvironmentId.ACROBOT, ModelKind.TENSOR, Map.of(), "preset").id());
        assertThrows(IllegalArgumentException.class,
                () -> resolve(EnvironmentId.ACROBOT, ModelKind.TENSOR, Map.of(), "paper"), "no paper tensor");
        assertThrows(IllegalArgumentException.class,
                () -> resolve(EnvironmentId.ACROBOT, ModelKind.LOWRANK, Map.of(), "preset"), "paper model: 'paper'");
        assertThrows(IllegalArgumentException.class,
                () -> resolve(EnvironmentId.ACROBOT, ModelKind.TENSOR, Map.of("rank", "3"), "preset"));
        assertTrue(resolve(EnvironmentId.ACROBOT, ModelKind.TENSOR, Map.of("rank", "3"), null).id().startsWith("cfg-"));
    }
}
