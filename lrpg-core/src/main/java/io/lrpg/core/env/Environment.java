package io.lrpg.core.env;

/**
 * A reinforcement-learning environment with Gymnasium's episode protocol, typed.
 *
 * <p>An episode starts with {@link #reset()} and continues with {@link #step(double[])} until a step
 * returns {@link Step#terminated() terminated} (a terminal state of the MDP) or
 * {@link Step#truncated() truncated} (a cut from outside the MDP, such as a {@link TimeLimit}).
 *
 * <p>Randomness is injected: an implementation receives its {@link java.util.random.RandomGenerator}
 * through its constructor and draws every reset from it, so two environments built with equally seeded
 * generators produce identical episodes. No implementation may use a global generator.
 *
 * <p>Ownership: every array returned is freshly allocated and owned by the caller; arrays passed in are
 * read, never kept or modified.
 */
public interface Environment {

    /** The set every observation lies in. */
    Box observationSpace();

    /**
     * The set of actions the dynamics act on. Actions outside it are accepted; whether and how they are
     * clipped is stated by each implementation.
     */
    Box actionSpace();

    /**
     * Starts a new episode, drawing the initial state from the injected generator.
     *
     * @return the first observation, a fresh array owned by the caller
     */
    double[] reset();

    /**
     * Advances the environment by one step.
     *
     * @param action (input) the action, of length {@code actionSpace().dimension()}; not modified
     * @return the observation after the step, the reward, and the two end-of-episode flags
     * @throws IllegalStateException before the first {@link #reset()} or after a step that ended the episode
     * @throws IllegalArgumentException if the action has the wrong length
     */
    Step step(double[] action);
}
