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

    /**
     * The cells of a batch of B states stored row-major (s_t at {@code states[t·D … t·D + D)}): i(s_t)
     * into {@code out[2t]} and j(s_t) into {@code out[2t + 1]}, for t &lt; B, exactly as {@link #row} and
     * {@link #column} compute them. Axis by axis over the whole batch, so that each axis's constants are
     * loaded once and the steps are independent iterations. Allocates nothing.
     *
     * @param states (input) the states; not modified
     * @param length B
     * @param out    (output) the cells, row and column interleaved, length ≥ 2B
     */
    public void cells(double[] states, int length, int[] out) {
        if (length < 0 || (long) length * stateDimension > states.length || 2L * length > out.length) {
            throw new IllegalArgumentException("need " + length + " states of " + stateDimension + " components in "
                    + states.length + " and room for " + 2L * length + " indices in " + out.length);
        }
        rowGroup.indices(states, stateDimension, length, out, 0);
        columnGroup.indices(states, stateDimension, length, out, 1);
    }

    private void checkLength(double[] states, int offset) {
        if (offset < 0 || offset + stateDimension > states.length) {
            throw new IllegalArgumentException("need " + stateDimension + " state components from offset " + offset
                    + " in an array of length " + states.length);
        }
    }

    /**
     * One mixed-radix group with its axes unpacked into parallel primitive arrays, so that an index is
     * arithmetic on arrays instead of calls through {@link Axis} records. Per axis a it evaluates
     * {@link Axis#index} with the same operations in the same order,
     * <pre>
     *   q_a = (int) rint((min(max(s, lo_a), hi_a) − lo_a) / span_a · scale_a)
     *   span_a = hi_a − lo_a,   scale_a = n_a − 1
     * </pre>
     * with span_a and scale_a precomputed (the same doubles the expression computes) and the clip done by
     * comparisons (it may keep the sign of a zero that Math.max would flip, which gives the same index), so it
     * returns exactly what the axes return.
     */
    private static final class Group {
        private final int[] dimensions;
        private final double[] low;
        private final double[] high;
        private final double[] span;
        private final double[] scale;
        private final int[] buckets;

        Group(GridLayout layout, int[] dimensions) {
            int n = dimensions.length;
            this.dimensions = dimensions;
            this.low = new double[n];
            this.high = new double[n];
            this.span = new double[n];
            this.scale = new double[n];
            this.buckets = new int[n];
            for (int a = 0; a < n; a++) {
                Axis axis = layout.axes().get(dimensions[a]);
                low[a] = axis.low();
                high[a] = axis.high();
                span[a] = axis.high() - axis.low();
                scale[a] = axis.buckets() - 1;
                buckets[a] = axis.buckets();
            }
        }

        /** index(s_t) into {@code out[2t + slot]} for the B states of a row-major batch with stride D. */
        void indices(double[] states, int stride, int length, int[] out, int slot) {
            if (dimensions.length == 0) {
                for (int t = 0; t < length; t++) {
                    out[2 * t + slot] = 0;
                }
                return;
            }
            for (int a = 0; a < dimensions.length; a++) {
                // i ← q_0, then i ← i · n_a + q_a for every step, with axis a's constants loaded once
                int d = dimensions[a];
                double lo = low[a];
                double hi = high[a];
                double sp = span[a];
                double sc = scale[a];
                int n = buckets[a];
                if (a == 0) {
                    for (int t = 0; t < length; t++) {
                        double clipped = clip(states[t * stride + d], lo, hi);
                        out[2 * t + slot] = (int) Math.rint((clipped - lo) / sp * sc); // Axis.index; (int) NaN = 0
                    }
                    continue;
                }
                for (int t = 0; t < length; t++) {
                    double clipped = clip(states[t * stride + d], lo, hi);
                    int q = (int) Math.rint((clipped - lo) / sp * sc); // Axis.index; (int) NaN = 0
                    out[2 * t + slot] = out[2 * t + slot] * n + q;
                }
            }
        }

        /**
         * min(max(s, lo), hi) by comparisons: the same value for every s (NaN stays NaN), except that a zero may
         * keep its sign where Math.max and Math.min would order −0.0 below 0.0, and a signed zero gives the same
         * index. Cheaper than the library calls, which must handle that order.
         */
        private static double clip(double s, double lo, double hi) {
            return s < lo ? lo : s > hi ? hi : s;
        }

        int index(double[] states, int offset) {
            // i = Σ_a q_a · Π_{b>a} n_b, by Horner: i ← i · n_a + q_a
            int index = 0;
            for (int a = 0; a < dimensions.length; a++) {
                double clipped = clip(states[offset + dimensions[a]], low[a], high[a]);
                int q = (int) Math.rint((clipped - low[a]) / span[a] * scale[a]); // Axis.index; (int) NaN = 0
                index = index * buckets[a] + q;
            }
            return index;
        }
    }
}
