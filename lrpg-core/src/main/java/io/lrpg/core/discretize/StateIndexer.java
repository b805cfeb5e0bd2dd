package io.lrpg.core.discretize;

/**
 * Maps a continuous state to its (row, column) cell of an N×M matrix, as laid out by a
 * {@link GridLayout}: clip, scale and round each component to its grid (see {@link Axis}), then combine
 * the row group and the column group mixed-radix, first listed dimension most significant.
 *
 * <p>The indexer is immutable, allocates nothing per call and may be shared between threads.
 */
public final class StateIndexer {

    private final GridLayout layout;
    private final int stateDimension;
    private final int rows;
    private final int columns;
    private final Group rowGroup;
    private final Group columnGroup;

    /** @param layout the grid; see {@link GridLayout#indexer()} */
    public StateIndexer(GridLayout layout) {
        this.layout = layout;
        this.stateDimension = layout.stateDimension();
        this.rows = layout.rows();
        this.columns = layout.columns();
        this.rowGroup = new Group(layout, layout.rowDimensions());
        this.columnGroup = new Group(layout, layout.columnDimensions());
    }

    /** The layout this indexer implements. */
    public GridLayout layout() {
        return layout;
    }

    /** N, the number of rows. */
    public int rows() {
        return rows;
    }

    /** M, the number of columns. */
    public int columns() {
        return columns;
    }

    /** D, the expected length of a state. */
    public int stateDimension() {
        return stateDimension;
    }

    /**
     * The row index i(s) ∈ [0, N).
     *
     * @param state (input) s, of length D; not modified (a NaN component counts as grid point 0, see
     *              {@link Axis#index})
     */
    public int row(double[] state) {
        return row(state, 0);
    }

    /** The column index j(s) ∈ [0, M); see {@link #row(double[])}. */
    public int column(double[] state) {
        return column(state, 0);
    }

    /**
     * The row index of the state stored at {@code states[offset … offset + D)}, e.g. a row of a flat
     * row-major batch of states.
     */
    public int row(double[] states, int offset) {
        checkLength(states, offset);
        return rowGroup.index(states, offset);
    }

    /** The column index of the state stored at {@code states[offset … offset + D)}. */
    public int column(double[] states, int offset) {
        checkLength(states, offset);
        return columnGroup.index(states, offset);
    }

    private void checkLength(double[] states, int offset) {
        if (offset < 0 || offset + stateDimension > states.length) {
            throw new IllegalArgumentException("need " + stateDimension + " state components from offset " + offset
                    + " in an array of length " + states.length);
        }
    }

    /**
     * One mixed-radix group, with each axis's index q_a(s) ({@link Axis#index}: clip, scale, round half to
     * even) evaluated without its division and {@code rint}. q_a is a non-decreasing step function of s
     * (every operation of the formula is monotone), so it is fixed by its thresholds
     * <pre>
     *   τ_{a,m} = the smallest double s with q_a(s) ≥ m,   m = 1 … n_a − 1,
     *   q_a(s) = #{m : τ_{a,m} ≤ s}                       (0 for NaN: every comparison is false)
     * </pre>
     * The thresholds are found once, by bisection over the doubles with {@link Axis#index} itself, so the
     * group returns exactly what the formula returns. Per call, a first guess
     * q = clamp(⌊(s − lo)·(n − 1)/(hi − lo) + ½⌋, 0, n − 1) is moved to the q with τ_q ≤ s &lt; τ_{q+1}
     * by comparing s with the thresholds next to it (the guess is off by at most one near a threshold).
     */
    private static final class Group {
        private final int[] dimensions;
        private final double[] low;
        private final double[] perUnit;    // (n_a − 1) / (hi_a − lo_a), for the first guess only
        private final int[] last;          // n_a − 1
        private final int[] buckets;       // n_a
        private final int[] base;          // where axis a's thresholds start in thresholds
        private final double[] thresholds; // per axis: NaN, τ_{a,1} … τ_{a,n−1}, NaN (NaN: no comparison holds)

        Group(GridLayout layout, int[] dimensions) {
            int n = dimensions.length;
            this.dimensions = dimensions;
            this.low = new double[n];
            this.perUnit = new double[n];
            this.last = new int[n];
            this.buckets = new int[n];
            this.base = new int[n];
            int size = 0;
            for (int a = 0; a < n; a++) {
                base[a] = size;
                size += layout.axes().get(dimensions[a]).buckets() + 1;
            }
            this.thresholds = new double[size];
            for (int a = 0; a < n; a++) {
                Axis axis = layout.axes().get(dimensions[a]);
                low[a] = axis.low();
                perUnit[a] = (axis.buckets() - 1) / (axis.high() - axis.low());
                last[a] = axis.buckets() - 1;
                buckets[a] = axis.buckets();
                thresholds[base[a]] = Double.NaN;
                for (int m = 1; m < axis.buckets(); m++) {
                    thresholds[base[a] + m] = threshold(axis, m);
                }
                thresholds[base[a] + axis.buckets()] = Double.NaN;
            }
        }

        int index(double[] states, int offset) {
            // i = Σ_a q_a · Π_{b>a} n_b, by Horner: i ← i · n_a + q_a
            int index = 0;
            for (int a = 0; a < dimensions.length; a++) {
                index = index * buckets[a] + quantize(a, states[offset + dimensions[a]]);
            }
            return index;
        }

        /** q_a(s), equal to {@code axis.index(s)}. */
        private int quantize(int a, double s) {
            int q = Math.max(0, Math.min((int) ((s - low[a]) * perUnit[a] + 0.5), last[a])); // NaN → 0
            int t = base[a];
            while (s < thresholds[t + q]) { // s < τ_q: one cell down (τ_0 = NaN stops at 0)
                q--;
            }
            while (s >= thresholds[t + q + 1]) { // s ≥ τ_{q+1}: one cell up (τ_n = NaN stops at n − 1)
                q++;
            }
            return q;
        }

        /**
         * τ_m, the smallest double s with {@code axis.index(s) ≥ m}, for 1 ≤ m ≤ n − 1: bisection over the
         * doubles in [low, high] in their numerical order, keeping index(lo) &lt; m ≤ index(hi)
         * (index(low) = 0 and index(high) = n − 1).
         */
        private static double threshold(Axis axis, int m) {
            long lo = ordinal(axis.low());
            long hi = ordinal(axis.high());
            while (Long.compareUnsigned(hi - lo, 1) > 0) {
                long mid = lo + ((hi - lo) >>> 1);
                if (axis.index(fromOrdinal(mid)) >= m) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return fromOrdinal(hi);
        }

        /** A long that orders doubles (not NaN) as they compare, −0.0 just below +0.0. */
        private static long ordinal(double x) {
            long bits = Double.doubleToRawLongBits(x);
            return bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
        }

        private static double fromOrdinal(long ordinal) {
            return Double.longBitsToDouble(ordinal >= 0 ? ordinal : ordinal ^ Long.MAX_VALUE);
        }
    }
}
