package io.lrpg.core.discretize;

import java.util.Arrays;
import java.util.List;

/**
 * How a D-dimensional state is laid out on the rows and columns of an N×M matrix (docs/paper.md §1.2).
 *
 * <p>{@code axes.get(d)} discretizes state component d. The state dimensions are partitioned into a row
 * group and a column group; within each group the listed order is the mixed-radix significance, the
 * first listed dimension being the most significant:
 * <pre>
 *   i = Σ_a q_{r_a} · Π_{b&gt;a} n_{r_b},   N = Π_{d ∈ rows} n_d
 *   j = Σ_a q_{c_a} · Π_{b&gt;a} n_{c_b},   M = Π_{d ∈ cols} n_d
 * </pre>
 * An empty group has one cell (N or M = 1). Every dimension belongs to exactly one group.
 *
 * @param axes             the per-dimension grids, one per state component; copied
 * @param rowDimensions    the state dimensions forming the row index, most significant first; copied
 * @param columnDimensions the state dimensions forming the column index, most significant first; copied
 */
public record GridLayout(List<Axis> axes, int[] rowDimensions, int[] columnDimensions) {

    public GridLayout {
        axes = List.copyOf(axes);
        rowDimensions = rowDimensions.clone();
        columnDimensions = columnDimensions.clone();
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("need at least one axis");
        }
        boolean[] seen = new boolean[axes.size()];
        for (int[] group : new int[][] {rowDimensions, columnDimensions}) {
            for (int d : group) {
                if (d < 0 || d >= axes.size()) {
                    throw new IllegalArgumentException("dimension " + d + " outside [0, " + axes.size() + ")");
                }
                if (seen[d]) {
                    throw new IllegalArgumentException("dimension " + d + " is listed twice");
                }
                seen[d] = true;
            }
        }
        for (int d = 0; d < seen.length; d++) {
            if (!seen[d]) {
                throw new IllegalArgumentException("dimension " + d + " is in neither the row nor the column group");
            }
        }
        long rows = product(axes, rowDimensions);
        long cols = product(axes, columnDimensions);
        if (rows > Integer.MAX_VALUE || cols > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid of " + rows + "×" + cols + " cells is too large");
        }
    }

    /**
     * The common case of one row dimension and the rest as columns, or any split:
     * {@code GridLayout.of(List.of(axis0, axis1), new int[] {0}, new int[] {1})}.
     */
    public static GridLayout of(List<Axis> axes, int[] rowDimensions, int[] columnDimensions) {
        return new GridLayout(axes, rowDimensions, columnDimensions);
    }

    /** D, the state dimension. */
    public int stateDimension() {
        return axes.size();
    }

    /** N = Π_{d ∈ rows} n_d. */
    public int rows() {
        return (int) product(axes, rowDimensions);
    }

    /** M = Π_{d ∈ cols} n_d. */
    public int columns() {
        return (int) product(axes, columnDimensions);
    }

    /** A copy of the row dimensions. */
    @Override
    public int[] rowDimensions() {
        return rowDimensions.clone();
    }

    /** A copy of the column dimensions. */
    @Override
    public int[] columnDimensions() {
        return columnDimensions.clone();
    }

    /** A fast, non-allocating indexer for this layout. */
    public StateIndexer indexer() {
        return new StateIndexer(this);
    }

    /**
     * Equal axes and groups. Allocates nothing (the axes are compared by index, not through the list's
     * iterator): models compare layouts when they decide whether an episode's step keys are theirs.
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof GridLayout g) || axes.size() != g.axes.size()
                || !Arrays.equals(rowDimensions, g.rowDimensions)
                || !Arrays.equals(columnDimensions, g.columnDimensions)) {
            return false;
        }
        for (int d = 0; d < axes.size(); d++) {
            if (!axes.get(d).equals(g.axes.get(d))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * axes.hashCode() + Arrays.hashCode(rowDimensions)) + Arrays.hashCode(columnDimensions);
    }

    @Override
    public String toString() {
        return "GridLayout[axes=" + axes + ", rows=" + Arrays.toString(rowDimensions) + ", columns="
                + Arrays.toString(columnDimensions) + "]";
    }

    private static long product(List<Axis> axes, int[] dims) {
        long p = 1;
        for (int d : dims) {
            p *= axes.get(d).buckets();
            if (p > Integer.MAX_VALUE) {
                return p;
            }
        }
        return p;
    }
}
