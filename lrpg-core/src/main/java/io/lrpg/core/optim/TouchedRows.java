package io.lrpg.core.optim;

/**
 * The set of rows of one row-major parameter array (rows of {@code width} entries) that received a gradient
 * since the last {@link #clear}: O(1) insertion, iteration in the order first touched, and clearing that
 * zeroes just those rows of the gradient array, O(rows touched · width). A row-sparse optimizer
 * ({@link SparseAdam}) visits only these rows. Allocates nothing after construction. Not thread-safe.
 */
public final class TouchedRows {

    private final int[] rows;
    private final boolean[] member;
    private int size;

    /** @param capacity the number of rows of the parameter array, {@code >= 0} */
    public TouchedRows(int capacity) {
        rows = new int[capacity];
        member = new boolean[capacity];
    }

    /** Marks {@code row} as touched (a no-op if it already is). */
    public void add(int row) {
        if (!member[row]) {
            member[row] = true;
            rows[size++] = row;
        }
    }

    /** The n-th touched row, in the order first touched. */
    public int get(int n) {
        if (n < 0 || n >= size) {
            throw new IndexOutOfBoundsException("touched row " + n + " outside [0, " + size + ")");
        }
        return rows[n];
    }

    /** The number of rows touched since the last clear. */
    public int size() {
        return size;
    }

    /**
     * Zeroes the touched rows of {@code gradient} (row r is {@code gradient[r·width … r·width + width)}) and
     * forgets them.
     */
    public void clear(double[] gradient, int width) {
        for (int n = 0; n < size; n++) {
            int row = rows[n];
            member[row] = false;
            for (int q = row * width; q < row * width + width; q++) { // a row is a few entries: no fill call
                gradient[q] = 0.0;
            }
        }
        size = 0;
    }
}
