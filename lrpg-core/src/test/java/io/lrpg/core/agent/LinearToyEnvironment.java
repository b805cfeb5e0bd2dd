package io.lrpg.core.agent;

import io.lrpg.core.env.Box;
import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import java.util.random.RandomGenerator;

/**
 * A small test environment: a 2-D linear system s' = A s + b·u with u = clip(a, −2, 2),
 * <pre>
 *   A = [[0.9, 0.2], [−0.2, 0.9]],  b = [0, 0.5]
 *   r = 1 − (s₁² + s₂²) − 0.05 u²        (from the state before the step)
 * </pre>
 * started at s ~ U(−1, 1)² drawn from the injected generator, terminated when |s₁| or |s₂| exceeds 2.
 * Steering s towards the origin earns up to 1 per step.
 */
final class LinearToyEnvironment implements Environment {

    private static final Box OBSERVATIONS = Box.uniform(2, -2.0, 2.0);
    private static final Box ACTIONS = Box.uniform(1, -2.0, 2.0);

    private final RandomGenerator random;
    private double s1;
    private double s2;
    private boolean running;

    LinearToyEnvironment(RandomGenerator random) {
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
        s1 = random.nextDouble(-1.0, 1.0);
        s2 = random.nextDouble(-1.0, 1.0);
        running = true;
        return new double[] {s1, s2};
    }

    @Override
    public Step step(double[] action) {
        if (!running) {
            throw new IllegalStateException("step() needs an episode in progress: call reset() first");
        }
        double u = ACTIONS.clip(0, action[0]);
        double reward = 1.0 - (s1 * s1 + s2 * s2) - 0.05 * u * u;
        double n1 = 0.9 * s1 + 0.2 * s2;
        double n2 = -0.2 * s1 + 0.9 * s2 + 0.5 * u;
        s1 = n1;
        s2 = n2;
        boolean terminated = Math.abs(s1) > 2.0 || Math.abs(s2) > 2.0;
        running = !terminated;
        return new Step(new double[] {s1, s2}, reward, terminated, false);
    }
}
