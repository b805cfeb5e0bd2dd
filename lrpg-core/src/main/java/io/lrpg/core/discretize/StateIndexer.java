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

    /** The precomputed axes of one mixed-radix group. */
    private static final class Group {
        private final int[] dimensions;
        private final Axis[] axes;

        Group(GridLayout layout, int[] dimensions) {
            this.dimensions = dimensions;
            this.axes = new Axis[dimensions.length];
            for (int a = 0; a < dimensions.length; a++) {
                axes[a] = layout.axes().get(dimensions[a]);
            }
        }

        int index(double[] states, int offset) {
            // i = Σ_a q_a · Π_{b>a} n_b, by Horner: i ← i · n_a + q_a
            int index = 0;
            for (int a = 0; a < axes.length; a++) {
                index = index * axes[a].buckets() + axes[a].index(states[offset + dimensions[a]]);
            }
            return index;
        }
    }
}
