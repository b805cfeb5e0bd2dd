package io.lrpg.results;

import java.util.Arrays;
import java.util.Objects;

/**
 * The per-episode results of one run, as the CSV files hold them.
 *
 * @param id         the run
 * @param returns    undiscounted return of each training episode, episode 0 first; only the last may be non-finite,
 *                   and only if {@code diverged}
 * @param lengths    environment steps of each episode
 * @param terminated whether each episode ended in a terminal state
 * @param truncated  whether each episode was cut by a step limit
 * @param diverged   whether the run stopped on a non-finite return (its last episode)
 */
public record RunEpisodes(RunId id, double[] returns, int[] lengths, boolean[] terminated, boolean[] truncated,
        boolean diverged) {

    public RunEpisodes {
        Objects.requireNonNull(id, "id");
        int n = returns.length;
        if (n == 0) {
            throw new IllegalArgumentException(id + ": a run needs at least one episode");
        }
        if (lengths.length != n || terminated.length != n || truncated.length != n) {
            throw new IllegalArgumentException(id + ": columns of different lengths");
        }
        for (int e = 0; e < n - 1; e++) {
            if (!Double.isFinite(returns[e])) {
                throw new IllegalArgumentException(id + ": non-finite return before the last episode");
            }
        }
        if (!Double.isFinite(returns[n - 1]) && !diverged) {
            throw new IllegalArgumentException(id + ": non-finite last return of a run not marked diverged");
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

    /** Σ of the episode lengths: the environment steps the run took. */
    public long steps() {
        long sum = 0;
        for (int length : lengths) {
            sum += length;
        }
        return sum;
    }

    /** Whether {@code other} holds the same identity and the same data, column by column. */
    public boolean sameData(RunEpisodes other) {
        return id.equals(other.id) && diverged == other.diverged && Arrays.equals(returns, other.returns)
                && Arrays.equals(lengths, other.lengths) && Arrays.equals(terminated, other.terminated)
                && Arrays.equals(truncated, other.truncated);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunEpisodes other && sameData(other);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(returns);
    }

    @Override
    public String toString() {
        return id + " (" + returns.length + " episodes" + (diverged ? ", diverged" : "") + ")";
    }
}
