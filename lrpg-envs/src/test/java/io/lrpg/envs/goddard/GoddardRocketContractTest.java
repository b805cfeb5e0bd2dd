package io.lrpg.envs.goddard;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.EnvironmentContract;
import java.util.random.RandomGenerator;

class GoddardRocketContractTest extends EnvironmentContract {

    @Override
    protected Environment create(RandomGenerator random) {
        return new GoddardRocket(RocketParameters.SA2_DIMENSIONLESS, GoddardTask.PAPER, random);
    }

    @Override
    protected double[] terminatingAction() {
        return new double[] {1.0}; // full thrust: burns out and starts falling after 184 steps
    }
}
