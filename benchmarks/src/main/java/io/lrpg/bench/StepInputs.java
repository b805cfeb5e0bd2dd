package io.lrpg.bench;

import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.presets.PaperPresets;
import java.util.random.RandomGenerator;

/** Inputs shared by the environment-step benchmarks: episode horizons and seeded action draws. */
public final class StepInputs {

    private StepInputs() {
    }

    /**
     * The episode length after which a step benchmark restarts an episode that has not ended: the paper's
     * horizon T (from {@link PaperPresets}) for the paper's environments, Gymnasium's registered time limit
     * for the {@code -v1} ones.
     */
    public static int horizon(EnvironmentId id) {
        return id.registeredTimeLimit().orElseGet(() -> PaperPresets.of(id).trainer().maxStepsPerEpisode());
    }

    /**
     * {@code count} seeded one-dimensional actions: throttles U[0, 1) for Goddard, torques 𝒩(0, 1) otherwise.
     */
    public static double[][] actions(EnvironmentId id, RandomGenerator random, int count) {
        double[][] actions = new double[count][];
        for (int n = 0; n < count; n++) {
            actions[n] = new double[] {id == EnvironmentId.GODDARD ? random.nextDouble() : random.nextGaussian()};
        }
        return actions;
    }
}
