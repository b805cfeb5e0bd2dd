package io.lrpg.envs.mountaincar;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.EnvironmentContract;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.Environments;
import java.util.random.RandomGenerator;

/** The registered {@code MountainCarContinuous-v0}: the environment inside its 999-step time limit. */
class MountainCarContinuousV0ContractTest extends EnvironmentContract {

    @Override
    protected Environment create(RandomGenerator random) {
        return Environments.create(EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0, random);
    }

    @Override
    protected double[] terminatingAction() {
        return new double[] {1.0}; // never reaches the goal: the time limit ends the episode after 999 steps
    }
}
