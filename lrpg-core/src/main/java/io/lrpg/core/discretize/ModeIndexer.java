package io.lrpg.core.discretize;

import java.util.Arrays;
import java.util.List;

/**
 * Maps a continuous state to one grid index per state dimension, for a tensor model with one mode per state
 * dimension (docs/paper.md §4.2): there is no grouping into rows and columns, so
 * <pre>
 *   (i₁, …, i_D)(s) = (q₁(s₁), …, q_D(s_D)),   q_d = rint((clip(s_d, lo_d, hi_d) − lo_d) / (hi_d − lo_d) · (n_d − 1))
 * </pre>
 * each q_d exactly as {@link Axis#index} computes it (clip, scale, round half to even; NaN maps to 0). Mode d
 * has n_d = {@code axes.get(d).buckets()} indices. With D = 2 the indices are the (row, column) cell of a
 * {@link GridLayout} with row group {0} and column group {1}.
 *
 * <p>The indexer is the key space of its step keys ({@link ModeKeys}): {@link #equals} means "maps every
 * observation to the same indices" (equal axes), and compares without allocating. Immutable; allocates nothing
 * per call; may be shared between threads.
 */
public final class ModeIndexer {

    private final List<Axis> axes;
    private final int modes;
    private final double[] low;
    private final double[] high;
    private final double[] span;
    private final double[] scale;
    private final int[] buckets;

    /**
     * @param axes one grid per state dimension, in the observation's order; at least one; copied
     */
    public ModeIndexer(List<Axis> axes) {
        this.axes = List.copyOf(axes);
        if (this.axes.isEmpty()) {
            throw new IllegalArgumentException("need at least one axis");
        }
        modes = this.axes.size();
        low = new double[modes];
        high = new double[modes];
        span = new double[modes];
        scale = new double[modes];
        buckets = new int[modes];
        for (int d = 0; d < modes; d++) {
            Axis axis = this.axes.get(d);
            low[d] = axis.low();
            high[d] = axis.high();
            span[d] = axis.high() - axis.low();  // the same doubles Axis.index computes
            scale[d] = axis.buckets() - 1;
            buckets[d] = axis.buckets();
        }
    }

    /** The axes, one per mode. */
    public List<Axis> axes() {
        return axes;
    }

    /** D, the number of modes (= the state dimension). */
    public int modes() {
        return modes;
    }

    /** n_d, the number of indices of mode d. */
    public int size(int d) {
        return buckets[d];
    }

    /** (n₁, …, n_D), a copy. */
    public int[] sizes() {
        return buckets.clone();
    }

    /**
     * q_d(s) of one state component, as {@link Axis#index}.
     *
     * @param state (input) s, of length ≥ D; not modified
     */
    public int index(double[] state, int d) {
        checkLength(state.length, 0);
        return q(state[d], d);
    }

    /**
     * Writes (q₁(s), …, q_D(s)) to {@code out[offset … offset + D)}.
     *
     * @param state  (input) s, of length ≥ D; not modified
     * @param out    (output) modified at {@code [offset, offset + D)} only
     */
    public void indices(double[] state, int[] out, int offset) {
        checkLength(state.length, 0);
        for (int d = 0; d < modes; d++) {
            out[offset + d] = q(state[d], d);
        }
    }

    /**
     * The indices of a batch of B states stored row-major (s_t at {@code states[t·D … t·D + D)}): q_d(s_t) into
     * {@code out[t·D + d]}, exactly as {@link #indices(double[], int[], int)} computes them. Mode by mode over the
     * whole batch, so that each axis's constants are loaded once. Allocates nothing.
     *
     * @param states (input) the states; not modified
     * @param length B
     * @param out    (output) length ≥ B·D
     */
    public void indices(double[] states, int length, int[] out) {
        if (length < 0 || (long) length * modes > states.length || (long) length * modes > out.length) {
            throw new IllegalArgumentException("need " + length + " states of " + modes + " components in "
                    + states.length + " and room for " + (long) length * modes + " indices in " + out.length);
        }
        for (int d = 0; d < modes; d++) {
            // q_d(s_t) for every t, with axis d's constants loaded once
            double lo = low[d];
            double hi = high[d];
            double sp = span[d];
            double sc = scale[d];
            for (int t = 0; t < length; t++) {
                double clipped = Math.min(Math.max(states[t * modes + d], lo), hi);
                out[t * modes + d] = (int) Math.rint((clipped - lo) / sp * sc); // Axis.index; (int) NaN = 0
            }
        }
    }

    private int q(double s, int d) {
        // q = rint((clip(s) − lo) / (hi − lo) · (n − 1)), evaluated in the reference's order (Axis.index)
        double clipped = Math.min(Math.max(s, low[d]), high[d]);
        return (int) Math.rint((clipped - low[d]) / span[d] * scale[d]); // (int) NaN = 0
    }

    private void checkLength(int length, int offset) {
        if (offset + modes > length) {
            throw new IllegalArgumentException("need " + modes + " state components, got " + (length - offset));
        }
    }

    /** Equal axes (compared component by component, without allocating). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ModeIndexer m && Arrays.equals(low, m.low) && Arrays.equals(high, m.high)
                && Arrays.equals(buckets, m.buckets);
    }

    @Override
    public int hashCode() {
        return axes.hashCode();
    }

    @Override
    public String toString() {
        return "ModeIndexer" + axes;
    }
}
