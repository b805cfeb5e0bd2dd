package io.lrpg.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One training run read from a result file: its identity, seed and per-episode returns.
 *
 * @param environment environment id (for example {@code pendulum})
 * @param model       model id ({@code lowrank}, {@code nn}, …)
 * @param run         run index within its (environment, model) cell
 * @param seed        the run's seed
 * @param returns     per-episode returns, episode 0 first; only the last may be non-finite, and only if diverged
 * @param diverged    whether the run stopped on a non-finite return
 * @param source      the file it was read from (the first one, if identical copies were merged)
 */
public record RunCurve(String environment, String model, int run, long seed, double[] returns, boolean diverged,
        Path source) {

    public RunCurve {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(returns, "returns");
        if (returns.length == 0) {
            throw new IllegalArgumentException("a run needs at least one episode");
        }
    }

    /** Number of episodes recorded. */
    public int episodes() {
        return returns.length;
    }

    /** The last episode's return (non-finite if the run diverged). */
    public double finalReturn() {
        return returns[returns.length - 1];
    }

    /** Whether {@code other} holds the same seed, returns and divergence flag (the source may differ). */
    public boolean sameData(RunCurve other) {
        return seed == other.seed && diverged == other.diverged && Arrays.equals(returns, other.returns);
    }

    /** A label such as {@code pendulum/lowrank/run-007}. */
    public String label() {
        return environment + "/" + model + "/run-" + String.format("%03d", run);
    }
}
