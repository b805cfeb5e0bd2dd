package io.lrpg.envs.pendulum;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.EnvironmentContract;
import java.util.random.RandomGenerator;

class PendulumSwingUpContractTest extends EnvironmentContract {

    @Override
    protected Environment create(RandomGenerator random) {
        return new Pendulum(PendulumParameters.GYMNASIUM, PendulumTask.SWING_UP, random);
    }

    @Override
    protected double[] terminatingAction() {
        return null; // Pendulum-v1 never terminates
    }
}
