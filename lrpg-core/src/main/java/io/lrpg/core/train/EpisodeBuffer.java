package io.lrpg.core.train;

import java.util.Arrays;

/**
 * The transitions (s_t, a_t, r_t), t = 0 … B−1, of one episode, in flat reusable arrays.
 *
 * <p>The buffer is filled by the trainer while an episode is collected and read by the models when they
 * update. It grows when an episode is longer than its capacity and is otherwise reused, so collecting an
 * episode allocates nothing here. Observations are stored row-major: component d of s_t is
 * {@code observations()[t * observationDimension() + d]}. Actions are scalar, as in every environment of
 * the paper; the stored action is the one the policy is scored on (clamped for bounded policies).
 *
 * <p><b>Step keys.</b> Besides the transitions, the buffer carries per-step integer keys, {@link #keys()}:
 * what the policy looks its parameters up by for s_t (the (row, column) cell for the low-rank policy, D
 * per-mode indices for a tensor model), written by the policy while the trainer acts
 * ({@link TrainablePolicy#sampleAction(double[], java.util.random.RandomGenerator, StepKeys)}) and read back
 * when the models update, by the policy and by any critic of the same key space (a critic on the actor's
 * grid). Keys are optional: a buffer filled with {@link #add} alone (a test replaying recorded transitions,
 * a benchmark) has them <em>absent</em>, and a model then computes its keys from the observations, as does
 * a critic of another key space; models that read observations directly (the DL4J network) ignore them.
 * The full contract is in {@link StepKeys}.
 */
public final class EpisodeBuffer {

    private final int observationDimension;
    private double[] observations;
    private double[] actions;
    private double[] rewards;
    private int length;
    private double totalReward; // Σ_t r_t, summed in the order of t as the steps are appended
    private boolean terminated;
    private boolean truncated;
    private final StepKeys keys = new StepKeys(this);

    /**
     * @param observationDimension D, the length of every observation, {@code > 0}
     * @param initialCapacity      the number of steps to allocate room for, {@code > 0}
     */
    public EpisodeBuffer(int observationDimension, int initialCapacity) {
        if (observationDimension <= 0 || initialCapacity <= 0) {
            throw new IllegalArgumentException("observationDimension and initialCapacity must be > 0, were "
                    + observationDimension + " and " + initialCapacity);
        }
        this.observationDimension = observationDimension;
        this.observations = new double[observationDimension * initialCapacity];
        this.actions = new double[initialCapacity];
        this.rewards = new double[initialCapacity];
    }

    /** Empties the buffer for a new episode, step keys included; keeps its storage. */
    public void clear() {
        length = 0;
        totalReward = 0.0;
        terminated = false;
        truncated = false;
        keys.clear();
    }

    /**
     * Appends one transition.
     *
     * @param observation (input) s_t, of length D; copied, not kept
     * @param action      a_t as stored and scored
     * @param reward      r_t
     */
    public void add(double[] observation, double action, double reward) {
        if (observation.length != observationDimension) {
            throw new IllegalArgumentException(
                    "expected an observation of length " + observationDimension + ", was " + observation.length);
        }
        if (length == actions.length) {
            int capacity = 2 * actions.length;
            observations = Arrays.copyOf(observations, capacity * observationDimension);
            actions = Arrays.copyOf(actions, capacity);
            rewards = Arrays.copyOf(rewards, capacity);
        }
        int at = length * observationDimension;
        for (int d = 0; d < observationDimension; d++) { // a handful of components: no arraycopy call
            observations[at + d] = observation[d];
        }
        actions[length] = action;
        rewards[length] = reward;
        totalReward += reward;
        length++;
    }

    /** Records how the episode ended (both false while it is still running). */
    public void finish(boolean terminated, boolean truncated) {
        this.terminated = terminated;
        this.truncated = truncated;
    }

    /** B, the number of stored transitions. */
    public int length() {
        return length;
    }

    /** The per-step keys the policy wrote while acting (see {@link StepKeys}). */
    public StepKeys keys() {
        return keys;
    }

    /** The number of steps the arrays have room for before they grow. */
    int capacity() {
        return actions.length;
    }

    /** D, the length of one observation. */
    public int observationDimension() {
        return observationDimension;
    }

    /** Component {@code d} of observation s_t. */
    public double observation(int t, int d) {
        checkStep(t);
        return observations[t * observationDimension + d];
    }

    /** Copies s_t into {@code out} (output, modified; length D). */
    public void observation(int t, double[] out) {
        checkStep(t);
        System.arraycopy(observations, t * observationDimension, out, 0, observationDimension);
    }

    /**
     * The backing row-major observation array (read-only by contract; valid up to {@code length() * D}).
     * Exposed so that update kernels can read without copying.
     */
    public double[] observations() {
        return observations;
    }

    /** The backing action array (read-only by contract; valid up to {@code length()}). */
    public double[] actions() {
        return actions;
    }

    /** The backing reward array (read-only by contract; valid up to {@code length()}). */
    public double[] rewards() {
        return rewards;
    }

    /** a_t. */
    public double action(int t) {
        checkStep(t);
        return actions[t];
    }

    /** r_t. */
    public double reward(int t) {
        checkStep(t);
        return rewards[t];
    }

    /** Σ_t r_t, the undiscounted return the paper plots (summed from 0.0 in the order of t). */
    public double totalReward() {
        return totalReward;
    }

    /** Whether the last transition reached a terminal state. */
    public boolean terminated() {
        return terminated;
    }

    /** Whether the episode was cut by a step limit. */
    public boolean truncated() {
        return truncated;
    }

    private void checkStep(int t) {
        if (t < 0 || t >= length) {
            throw new IndexOutOfBoundsException("step " + t + " outside [0, " + length + ")");
        }
    }
}
