package io.lrpg.core.env;

import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of one {@link Environment#step(double[])}.
 *
 * @param observation the observation after the step; owned by whoever holds this record
 * @param reward      the reward for the transition
 * @param terminated  the new state is terminal in the MDP (no future reward)
 * @param truncated   the episode was cut from outside the MDP (for example by a {@link TimeLimit});
 *                    the state is not terminal
 */
public record Step(double[] observation, double reward, boolean terminated, boolean truncated) {

    public Step {
        Objects.requireNonNull(observation, "observation");
    }

    /** Whether the episode is over, for either reason. */
    public boolean isLast() {
        return terminated || truncated;
    }

    /** This step with {@code truncated} set; used by wrappers that cut episodes. */
    public Step asTruncated() {
        return truncated ? this : new Step(observation, reward, terminated, true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Step s
                && Arrays.equals(observation, s.observation)
                && Double.compare(reward, s.reward) == 0
                && terminated == s.terminated
                && truncated == s.truncated;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(observation) + Objects.hash(reward, terminated, truncated);
    }

    @Override
    public String toString() {
        return "Step[observation=" + Arrays.toString(observation) + ", reward=" + reward
                + ", terminated=" + terminated + ", truncated=" + truncated + "]";
    }
}
