package io.lrpg.envs.model;

import io.lrpg.core.env.Box;
import java.util.random.RandomGenerator;

/**
 * The dynamics of an environment as pure functions of an explicit state vector, after Gymnasium's
 * {@code FuncEnv} ({@code initial / transition / observation / reward / terminal}).
 *
 * <p>The state is the <em>complete</em> internal state (including hidden quantities such as the Goddard
 * rocket's running maximum altitude), so a replay can set any recorded state and step from it, also after
 * a terminal step. {@link ModelEnvironment} turns a model into an {@link io.lrpg.core.env.Environment}
 * with the episode protocol; there is one implementation of the physics, used by both.
 *
 * <p>Arrays passed in are read and never kept. Implementations write into caller-provided output arrays
 * and allocate nothing except in {@link #observation}, which returns a fresh array. Implementations may
 * hold preallocated scratch space and are then not thread-safe.
 */
public interface EnvironmentModel {

    /** The length of the state vector. */
    int stateDimension();

    /** The set every observation lies in. */
    Box observationSpace();

    /** The set of actions the dynamics act on; actions outside it are accepted (see each model). */
    Box actionSpace();

    /**
     * Draws an initial state.
     *
     * @param random the generator to draw from (deterministic models draw nothing)
     * @param state  (output) the initial state, length {@link #stateDimension()}; modified
     */
    void initialState(RandomGenerator random, double[] state);

    /**
     * The transition <code>s' = f(s, a)</code>.
     *
     * @param state  (input) s; not modified
     * @param action (input) a, of length {@code actionSpace().dimension()}; not modified
     * @param next   (output) s'; modified; must not be the same array as {@code state}
     */
    void transition(double[] state, double[] action, double[] next);

    /** The reward <code>r(s, a, s')</code> of a transition computed by {@link #transition}. */
    double reward(double[] state, double[] action, double[] next);

    /** Whether the transition <code>(s, a, s')</code> ends in a terminal state of the MDP. */
    boolean terminal(double[] state, double[] action, double[] next);

    /** The observation of state s, a fresh array. */
    double[] observation(double[] state);
}
