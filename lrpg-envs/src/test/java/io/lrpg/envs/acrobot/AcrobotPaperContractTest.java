package io.lrpg.envs.acrobot;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.EnvironmentContract;
import java.util.random.RandomGenerator;

/** No constant torque swings the acrobot up; the after-the-end protocol is tested in {@link AcrobotTest}. */
class AcrobotPaperContractTest extends EnvironmentContract {

    @Override
    protected Environment create(RandomGenerator random) {
        return new Acrobot(AcrobotParameters.GYMNASIUM, AcrobotTask.PAPER, AcrobotDynamics.BOOK, random);
    }

    @Override
    protected double[] terminatingAction() {
        return null;
    }
}
