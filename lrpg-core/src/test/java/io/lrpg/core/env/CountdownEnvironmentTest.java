package io.lrpg.core.env;

import java.util.random.RandomGenerator;

class CountdownEnvironmentTest extends EnvironmentContract {

    @Override
    protected Environment create(RandomGenerator random) {
        return new CountdownEnvironment(random);
    }

    @Override
    protected double[] terminatingAction() {
        return new double[] {0.0};
    }
}
