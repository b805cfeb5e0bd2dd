package io.lrpg.envs.pendulum;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.EnvironmentContract;
import java.util.random.RandomGenerator;

class PendulumBalanceContractTest extends EnvironmentContract {

    @Override
    protected Environment create(RandomGenerator random) {
        return new Pendulum(PendulumParameters.GYMNASIUM, PendulumTask.BALANCE, random);
    }

    @Override
    protected double[] terminatingAction() {
        return new double[] {2.0}; // full torque tips the pole past π/4 within a few steps
    }
}
