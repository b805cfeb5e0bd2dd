package io.lrpg.envs.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.agent.LowRankAgent;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.tensor.TensorAgent;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.Environments;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every preset fits its environment; {@link Presets#of} finds the paper's and the follow-ups' presets. */
class PresetsTest {

    @Test
    void everyGridHasOneAxisPerObservationComponent() {
        for (Preset preset : Presets.all()) {
            String id = preset.environment().id();
            int dimension = Environments.create(preset.environment(), new SplittableRandom(1)).observationSpace()
                    .dimension();
            assertEquals(dimension, preset.lowRank().actorGrid().stateDimension(), id + " low-rank actor");
            assertEquals(dimension, preset.lowRank().criticGrid().stateDimension(), id + " low-rank critic");
            assertEquals(dimension, preset.tensor().actorAxes().size(), id + " tensor actor");
            assertEquals(dimension, preset.tensor().criticAxes().size(), id + " tensor critic");
            assertEquals(dimension, preset.network().inputs(), id + " network");
            assertTrue(preset.trainer().maxStepsPerEpisode() > 0 && preset.trainer().episodes() > 0, id);
        }
    }

    @Test
    void ofFindsEveryPresetAndOnlyThose() {
        assertEquals(List.of(EnvironmentId.PENDULUM, EnvironmentId.ACROBOT, EnvironmentId.GODDARD,
                EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0), Presets.all().stream().map(Preset::environment).toList());
        for (Preset preset : Presets.all()) {
            assertSame(preset, Presets.of(preset.environment()));
        }
        assertSame(PaperPresets.GODDARD, Presets.of(EnvironmentId.GODDARD));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Presets.of(EnvironmentId.PENDULUM_V1));
        assertTrue(e.getMessage().contains("no settings for pendulum-v1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Presets.of(EnvironmentId.ACROBOT_V1));
        assertThrows(IllegalArgumentException.class, () -> PaperPresets.of(EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0),
                "mountain car is not the paper's");
    }

    /**
     * docs/paper.md §7.7: mountain car, actor + critic without log σ: low-rank 2·(4 + 4)·1 = 16, tensor
     * 2·(10 + 10)·1 = 40, networks 2·(2·8 + 8 + 8 + 1) = 66; γ 0.99, the registered 999-step limit as horizon.
     */
    @Test
    void mountainCarFollowsTheFollowUps() {
        Preset car = FollowUpPresets.MOUNTAIN_CAR_CONTINUOUS;
        assertEquals(16 + 1,
                LowRankAgent.create(car.lowRank(), RandomStreams.fromSeed(1).initialization()).parameterCount());
        assertEquals(40 + 1,
                TensorAgent.create(car.tensor(), RandomStreams.fromSeed(1).initialization()).parameterCount());
        assertEquals(66, 2 * car.network().parametersPerNetwork());
        assertEquals(0.99, car.trainer().discount());
        assertEquals(EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0.registeredTimeLimit().getAsInt(),
                car.trainer().maxStepsPerEpisode());
        assertEquals(1.0, car.lowRank().initialLogStd(), "docs/paper.md §7.7: not the follow-ups' 0");
        assertEquals(1.0, car.tensor().initialLogStd());
    }
}
