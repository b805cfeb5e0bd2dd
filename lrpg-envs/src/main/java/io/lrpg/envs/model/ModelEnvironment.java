package io.lrpg.envs.model;

import io.lrpg.core.env.Box;
import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The {@link Environment} of an {@link EnvironmentModel}: holds the current state and enforces the episode
 * protocol. {@link #step} throws {@link IllegalStateException} before the first {@link #reset()} and after
 * a terminal step, and {@link IllegalArgumentException} for an action of the wrong length. It never
 * truncates (wrap it in a {@link io.lrpg.core.env.TimeLimit} for that).
 *
 * <p>A step allocates only the returned observation and {@link Step}: the current and next states are two
 * preallocated buffers that swap roles.
 *
 * <p>The named environments ({@code Pendulum}, {@code Acrobot}, {@code GoddardRocket}) are this class with a
 * typed model and their specification in javadoc; every method here is final, so they cannot change the
 * protocol.
 *
 * @param <M> the type of the dynamics
 */
public class ModelEnvironment<M extends EnvironmentModel> implements Environment {

    private enum Phase { NOT_STARTED, RUNNING, TERMINATED }

    private final M model;
    private final RandomGenerator random;
    private final int actionDimension;
    private double[] state;
    private double[] next;
    private Phase phase = Phase.NOT_STARTED;

    /**
     * @param model  the dynamics
     * @param random the generator every reset draws from
     */
    public ModelEnvironment(M model, RandomGenerator random) {
        this.model = Objects.requireNonNull(model, "model");
        this.random = Objects.requireNonNull(random, "random");
        this.actionDimension = model.actionSpace().dimension();
        this.state = new double[model.stateDimension()];
        this.next = new double[model.stateDimension()];
    }

    /** The dynamics this environment runs. */
    public final M model() {
        return model;
    }

    /** A copy of the current internal state (zeros before the first reset). */
    public final double[] state() {
        return state.clone();
    }

    @Override
    public final Box observationSpace() {
        return model.observationSpace();
    }

    @Override
    public final Box actionSpace() {
        return model.actionSpace();
    }

    @Override
    public final double[] reset() {
        model.initialState(random, state);
        phase = Phase.RUNNING;
        return model.observation(state);
    }

    @Override
    public final Step step(double[] action) {
        if (phase != Phase.RUNNING) {
            throw new IllegalStateException(phase == Phase.NOT_STARTED
                    ? "step() before reset(): call reset() first"
                    : "step() after a terminal step: call reset() to start a new episode");
        }
        if (action.length != actionDimension) {
            throw new IllegalArgumentException(
                    "expected an action of length " + actionDimension + ", was " + action.length);
        }
        model.transition(state, action, next);
        double reward = model.reward(state, action, next);
        boolean terminal = model.terminal(state, action, next);
        double[] swap = state;
        state = next;
        next = swap;
        if (terminal) {
            phase = Phase.TERMINATED;
        }
        return new Step(model.observation(state), reward, terminal, false);
    }
}
