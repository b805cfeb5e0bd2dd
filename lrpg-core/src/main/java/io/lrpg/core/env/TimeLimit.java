package io.lrpg.core.env;

/**
 * Cuts episodes of any environment after {@code maxSteps} steps (Gymnasium's {@code TimeLimit}).
 *
 * <p>The step that reaches the limit is returned with {@code truncated = true}; {@code terminated} is
 * passed through unchanged and never set by this wrapper. Stepping after the episode has ended, whether
 * by the limit or by the inner environment, throws {@link IllegalStateException}.
 */
public final class TimeLimit implements Environment {

    private final Environment inner;
    private final int maxSteps;
    private int elapsedSteps;
    private boolean running;

    /**
     * @param inner    the environment to wrap
     * @param maxSteps the number of steps after which an episode is truncated, {@code > 0}
     */
    public TimeLimit(Environment inner, int maxSteps) {
        if (maxSteps <= 0) {
            throw new IllegalArgumentException("maxSteps must be > 0, was " + maxSteps);
        }
        this.inner = inner;
        this.maxSteps = maxSteps;
    }

    /** The step limit. */
    public int maxSteps() {
        return maxSteps;
    }

    /** The wrapped environment. */
    public Environment inner() {
        return inner;
    }

    @Override
    public Box observationSpace() {
        return inner.observationSpace();
    }

    @Override
    public Box actionSpace() {
        return inner.actionSpace();
    }

    @Override
    public double[] reset() {
        elapsedSteps = 0;
        running = true;
        return inner.reset();
    }

    @Override
    public Step step(double[] action) {
        if (!running) {
            throw new IllegalStateException("step() needs an episode in progress: call reset() first");
        }
        Step step = inner.step(action);
        elapsedSteps++;
        if (elapsedSteps >= maxSteps) {
            step = step.asTruncated();
        }
        running = !step.isLast();
        return step;
    }
}
