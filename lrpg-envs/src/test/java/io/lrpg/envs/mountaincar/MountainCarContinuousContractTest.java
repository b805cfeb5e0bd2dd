package io.lrpg.envs.mountaincar;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.EnvironmentContract;
import java.util.random.RandomGenerator;

/**
 * The bare environment, without the time limit. No constant force reaches the goal (the car has to swing), so
 * the after-the-end protocol is tested in {@link MountainCarContinuousTest} and, through the time limit, in
 * {@link MountainCarContinuousV0ContractTest}.
 */
class MountainCarContinuousContractTest extends EnvironmentContract {

    @Override
    protected Environment create(RandomGenerator random) {
        return new MountainCarContinuous(MountainCarParameters.GYMNASIUM, random);
    }

    @Override
    protected double[] terminatingAction() {
        return null;
    }
}
