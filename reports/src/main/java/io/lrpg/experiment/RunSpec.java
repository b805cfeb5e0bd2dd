package io.lrpg.experiment;

import java.util.Objects;

/**
 * One training run of an experiment: which environment, which model, its index and its seed.
 *
 * @param environment the environment id, as printed in result files (for example {@code pendulum})
 * @param model       the model id, as printed in result files ({@code lowrank} or {@code nn})
 * @param run         the run's index within its (environment, model) cell, from 0
 * @param seed        the run's seed; every random stream of the run is split from it
 */
public record RunSpec(String environment, String model, int run, long seed) {

    public RunSpec {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(model, "model");
        if (run < 0) {
            throw new IllegalArgumentException("run must be >= 0, was " + run);
        }
    }

    /**
     * The seed of run {@code run} of an experiment with base seed {@code baseSeed}: {@code baseSeed + run}.
     * Streams of neighbouring seeds are independent because {@code L64X128MixRandom} mixes its seed.
     */
    public static long seedOf(long baseSeed, int run) {
        return baseSeed + run;
    }

    /** A short label such as {@code pendulum/lowrank/run-007}. */
    public String label() {
        return environment + "/" + model + "/run-" + String.format("%03d", run);
    }
}
