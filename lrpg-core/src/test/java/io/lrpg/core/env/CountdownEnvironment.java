package io.lrpg.core.env;

import java.util.random.RandomGenerator;

/**
 * A minimal environment for testing the API: the state is a counter drawn in [5, 10) at reset, each step
 * subtracts one, the reward is the clipped action, and the episode terminates at zero.
 */
final class CountdownEnvironment implements Environment {

    private static final Box ACTIONS = Box.uniform(1, -1.0, 1.0);
    private static final Box OBSERVATIONS = Box.uniform(1, 0.0, 10.0);

    private final RandomGenerator random;
    private int counter;
    private boolean running;

    CountdownEnvironment(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public Box observationSpace() {
        return OBSERVATIONS;
    }

    @Override
    public Box actionSpace() {
        return ACTIONS;
    }

    @Override
    public double[] reset() {
        counter = random.nextInt(5, 10);
        running = true;
        return new double[] {counter};
    }

    @Override
    public Step step(double[] action) {
        if (!running) {
            throw new IllegalStateException("step() needs an episode in progress: call reset() first");
        }
        if (action.length != 1) {
            throw new IllegalArgumentException("expected 1 action component, was " + action.length);
        }
        counter--;
        running = counter > 0;
        return new Step(new double[] {counter}, ACTIONS.clip(0, action[0]), !running, false);
    }
}
