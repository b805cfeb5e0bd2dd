package io.lrpg.core.agent;

import io.lrpg.core.env.Box;
import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import java.util.random.RandomGenerator;

/**
 * A small 3-D test environment for tensor models: s' = 0.9 s + u·(0.3, −0.2, 0.1) + 0.05·ξ with
 * u = clip(a, −2, 2) and ξ three standard normal draws from the injected generator, reward
 * 1 − |s|² − 0.05 u² (from the state before the step), started at s ~ U(−1, 1)³, terminated when a component
 * leaves [−2, 2].
 */
final class ThreeStateToyEnvironment implements Environment {

    private static final Box OBSERVATIONS = Box.uniform(3, -2.0, 2.0);
    private static final Box ACTIONS = Box.uniform(1, -2.0, 2.0);

    private final RandomGenerator random;
    private final double[] s = new double[3];
    private boolean running;

    ThreeStateToyEnvironment(RandomGenerator random) {
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
        for (int d = 0; d < 3; d++) {
            s[d] = random.nextDouble(-1.0, 1.0);
        }
        running = true;
        return s.clone();
    }

    @Override
    public Step step(double[] action) {
        if (!running) {
            throw new IllegalStateException("step() needs an episode in progress: call reset() first");
        }
        double u = ACTIONS.clip(0, action[0]);
        double reward = 1.0 - (s[0] * s[0] + s[1] * s[1] + s[2] * s[2]) - 0.05 * u * u;
        double[] push = {0.3, -0.2, 0.1};
        boolean terminated = false;
        for (int d = 0; d < 3; d++) {
            s[d] = 0.9 * s[d] + u * push[d] + 0.05 * random.nextGaussian();
            terminated |= Math.abs(s[d]) > 2.0;
        }
        running = !terminated;
        return new Step(s.clone(), reward, terminated, false);
    }
}
