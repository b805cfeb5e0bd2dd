package io.lrpg.envs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.TimeLimit;
import io.lrpg.envs.acrobot.Acrobot;
import io.lrpg.envs.goddard.GoddardRocket;
import io.lrpg.envs.mountaincar.MountainCarContinuous;
import io.lrpg.envs.pendulum.Pendulum;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EnvironmentsTest {

    @Test
    void idsParseOnlyTheSixNames() {
        assertEquals(EnvironmentId.PENDULUM, EnvironmentId.parse("pendulum"));
        assertEquals(EnvironmentId.PENDULUM_V1, EnvironmentId.parse("Pendulum-v1"));
        assertEquals(EnvironmentId.ACROBOT, EnvironmentId.parse("acrobot"));
        assertEquals(EnvironmentId.ACROBOT_V1, EnvironmentId.parse("acrobot-v1"));
        assertEquals(EnvironmentId.GODDARD, EnvironmentId.parse("goddard"));
        assertEquals(EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0, EnvironmentId.parse("Mountain-Car-Continuous-v0"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EnvironmentId.parse("cartpole"));
        assertTrue(e.getMessage().contains(
                "pendulum, pendulum-v1, acrobot, acrobot-v1, goddard, mountain-car-continuous-v0"), e::getMessage);
        for (EnvironmentId id : EnvironmentId.values()) {
            assertEquals(id, EnvironmentId.parse(id.id()));
        }
    }

    @Test
    void standardEnvironmentsGetTheirRegisteredTimeLimit() {
        Environment pendulumV1 = Environments.create(EnvironmentId.PENDULUM_V1, new SplittableRandom(1));
        assertEquals(200, assertInstanceOf(TimeLimit.class, pendulumV1).maxSteps());
        assertInstanceOf(Pendulum.class, ((TimeLimit) pendulumV1).inner());
        Environment acrobotV1 = Environments.create(EnvironmentId.ACROBOT_V1, new SplittableRandom(1));
        assertEquals(500, assertInstanceOf(TimeLimit.class, acrobotV1).maxSteps());
        Environment mountainCar =
                Environments.create(EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0, new SplittableRandom(1));
        assertEquals(999, assertInstanceOf(TimeLimit.class, mountainCar).maxSteps());
        assertInstanceOf(MountainCarContinuous.class, ((TimeLimit) mountainCar).inner());
        assertInstanceOf(Pendulum.class, Environments.create(EnvironmentId.PENDULUM, new SplittableRandom(1)));
        assertInstanceOf(Acrobot.class, Environments.create(EnvironmentId.ACROBOT, new SplittableRandom(1)));
        assertInstanceOf(GoddardRocket.class, Environments.create(EnvironmentId.GODDARD, new SplittableRandom(1)));
    }

    @Test
    void spacesHaveTheDocumentedShapes() {
        int[][] shapes = {{2, 1}, {3, 1}, {4, 1}, {6, 1}, {3, 1}, {2, 1}};
        EnvironmentId[] ids = EnvironmentId.values();
        for (int i = 0; i < ids.length; i++) {
            Environment environment = Environments.create(ids[i], new SplittableRandom(1));
            assertEquals(shapes[i][0], environment.observationSpace().dimension(), ids[i].id());
            assertEquals(shapes[i][1], environment.actionSpace().dimension(), ids[i].id());
            assertEquals(environment.observationSpace(), Environments.model(ids[i]).observationSpace());
        }
    }
}
