package io.lrpg.nn;

import io.lrpg.core.env.Box;
import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import java.util.random.RandomGenerator;

/**
 * A stand-in for the paper's environments with a chosen observation length and episode length, for
 * measuring and testing the baseline while the real environments are ported elsewhere.
 *
 * <p>State s ∈ ℝ^D, s ~ U(−0.1, 0.1)^D at reset. With u = clip(a, −2, 2):
 * <pre>
 *   s'_0 = s_0 + 0.05 s_{1 mod D} + 0.02 u,   s'_d = 0.95 s_d + 0.05 (d / D) u  (d ≥ 1),
 *   r    = 1 − Σ_d s'_d²
 * </pre>
 * The episode terminates after exactly {@code episodeLength} steps, or, with the varying-length
 * constructor, after a length drawn uniformly from [minLength, maxLength] at each reset (to exercise
 * batches of changing size).
 */
final class StandInEnvironment implements Environment {

    private static final Box ACTIONS = Box.uniform(1, -2.0, 2.0);

    private final Box observations;
    private final int minLength;
    private final int maxLength;
    private int episodeLength;
    private final RandomGenerator random;
    private double[] state;
    private int steps;
    private boolean running;

    StandInEnvironment(int dimension, int episodeLength, RandomGenerator random) {
        this(dimension, episodeLength, episodeLength, random);
    }

    StandInEnvironment(int dimension, int minLength, int maxLength, RandomGenerator random) {
        this.observations = Box.uniform(dimension, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.episodeLength = maxLength;
        this.random = random;
        this.state = new double[dimension];
    }

    @Override
    public Box observationSpace() {
        return observations;
    }

    @Override
    public Box actionSpace() {
        return ACTIONS;
    }

    @Override
    public double[] reset() {
        for (int d = 0; d < state.length; d++) {
            state[d] = random.nextDouble(-0.1, 0.1);
        }
        if (minLength < maxLength) {
            episodeLength = random.nextInt(minLength, maxLength + 1);
        }
        steps = 0;
        running = true;
        return state.clone();
    }

    @Override
    public Step step(double[] action) {
        if (!running) {
            throw new IllegalStateException("step() needs an episode in progress: call reset() first");
        }
        double u = ACTIONS.clip(0, action[0]);
        int n = state.length;
        double[] next = new double[n];
        next[0] = state[0] + 0.05 * state[1 % n] + 0.02 * u;
        for (int d = 1; d < n; d++) {
            next[d] = 0.95 * state[d] + 0.05 * ((double) d / n) * u;
        }
        double reward = 1.0;
        for (double x : next) {
            reward -= x * x;
        }
        state = next;
        steps++;
        running = steps < episodeLength;
        return new Step(next.clone(), reward, !running, false);
    }
}
