package io.lrpg.core.optim;

/**
 * What {@link Adam} and {@link SparseAdam} share: the constants, the first and second moment vectors m and v
 * of one parameter vector, the step count t, and the segment protocol: {@link #begin()} starts step t + 1,
 * then {@code update} is called for disjoint segments of the parameter vector.
 */
abstract sealed class AdamState permits Adam, SparseAdam {

    final AdamSettings settings;
    final double[] firstMoment;
    final double[] secondMoment;
    long steps;

    AdamState(AdamSettings settings, int parameterCount) {
        if (parameterCount <= 0) {
            throw new IllegalArgumentException("parameterCount must be > 0, was " + parameterCount);
        }
        this.settings = settings;
        this.firstMoment = new double[parameterCount];
        this.secondMoment = new double[parameterCount];
    }

    /** The constants. */
    public AdamSettings settings() {
        return settings;
    }

    /** The number of steps begun so far (t of the current step). */
    public long steps() {
        return steps;
    }

    /** The number of parameters. */
    public int parameterCount() {
        return firstMoment.length;
    }

    /** Starts a step: t ← t + 1. */
    public void begin() {
        steps++;
    }

    /**
     * Updates {@code length} entries of one segment after {@link #begin()}.
     *
     * @param parameters     (input and output) the segment's array; modified in place
     * @param parameterStart the segment's first entry in {@code parameters}
     * @param gradient       (input) the gradient array; not modified
     * @param gradientStart  the segment's first entry in {@code gradient}
     * @param momentStart    the segment's offset in this optimizer's moment vectors
     * @param length         the number of entries
     */
    public abstract void update(double[] parameters, int parameterStart, double[] gradient, int gradientStart,
            int momentStart, int length);

    /** Rejects an update before {@link #begin()} or outside the moment vectors. */
    final void checkSegment(int momentStart, int length) {
        if (steps == 0) {
            throw new IllegalStateException("call begin() before update()");
        }
        if (momentStart < 0 || momentStart + length > firstMoment.length) {
            throw new IndexOutOfBoundsException(
                    "segment [" + momentStart + ", " + (momentStart + length) + ") outside " + firstMoment.length);
        }
    }
}
