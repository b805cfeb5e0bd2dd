package io.lrpg.core.lowrank;

import io.lrpg.core.optim.RowTracking;
import io.lrpg.core.optim.TouchedRows;
import java.util.Arrays;

/**
 * The gradient of a loss with respect to the factors of a {@link LowRankMatrix}, accumulated from
 * per-entry gradients (docs/paper.md §1.4). With E = Σ_t g_t e_{i_t} e_{j_t}ᵀ (repeated cells add up),
 * <pre>
 *   ∂ℒ/∂L = E R   (row i: Σ_{t: i_t = i} g_t · R[j_t, :])
 *   ∂ℒ/∂R = Eᵀ L  (row j: Σ_{t: j_t = j} g_t · L[i_t, :])
 * </pre>
 * Each {@link #accumulate} touches one row of each factor gradient, O(k). With {@link RowTracking#TRACKED} the
 * rows touched since the last {@link #clear()} are remembered, so that a sparse optimizer visits only them
 * and clearing costs O(rows touched · k), never O((N + M)·k); with {@link RowTracking#UNTRACKED} nothing is
 * remembered and clearing zeroes both arrays, O((N + M)·k), which is what a dense optimizer step costs
 * anyway (it visits every entry), while accumulating skips the bookkeeping.
 *
 * <p>The gradient arrays are dense (N·k and M·k, row-major like the factors) and zero outside the
 * touched rows, so a dense optimizer can read them directly and a sparse one can visit only the
 * touched rows. Not thread-safe.
 */
public final class LowRankGradient {

    /** The mean run length (samples in one cell in a row) from which {@link #accumulate} sums runs in registers. */
    private static final int LONG_RUN = 4;
    /** The number of first samples on which the mean run length is judged. */
    private static final int SAMPLE = 16;

    private final int rank;
    private final double[] left;
    private final double[] right;
    private final boolean tracked;
    private final TouchedRows leftRows;
    private final TouchedRows rightRows;
    private double[] residuals = new double[0]; // g_t scratch of accumulateResiduals' three-pass path

    /** A zero gradient shaped like {@code matrix} that tracks its touched rows. */
    public LowRankGradient(LowRankMatrix matrix) {
        this(matrix, RowTracking.TRACKED);
    }

    /** A zero gradient shaped like {@code matrix}, tracking its touched rows or not. */
    public LowRankGradient(LowRankMatrix matrix, RowTracking rows) {
        this.rank = matrix.rank();
        this.left = new double[matrix.rows() * rank];
        this.right = new double[matrix.columns() * rank];
        this.tracked = rows == RowTracking.TRACKED;
        this.leftRows = tracked ? new TouchedRows(matrix.rows()) : null;
        this.rightRows = tracked ? new TouchedRows(matrix.columns()) : null;
    }

    /** Whether the touched rows are tracked. */
    public RowTracking rows() {
        return tracked ? RowTracking.TRACKED : RowTracking.UNTRACKED;
    }

    /**
     * Zeroes the gradient: tracked, the touched rows (and forgets them), O(rows touched · k); untracked,
     * both arrays, O((N + M)·k).
     */
    public void clear() {
        if (tracked) {
            leftRows.clear(left, rank);
            rightRows.clear(right, rank);
        } else {
            Arrays.fill(left, 0.0);
            Arrays.fill(right, 0.0);
        }
    }

    /**
     * Adds the gradient of g · X[i, j] with respect to both factors, at the factors' current values:
     * ∂ℒ/∂L[i, :] += g · R[j, :] and ∂ℒ/∂R[j, :] += g · L[i, :].
     *
     * @param matrix (input) X, whose factors are read; not modified
     * @param row    i
     * @param column j
     * @param g      ∂ℒ/∂X[i, j] contributed by one sample
     */
    public void accumulate(LowRankMatrix matrix, int row, int column, double g) {
        double[] l = matrix.left().data;
        double[] r = matrix.right().data;
        int li = row * rank;
        int rj = column * rank;
        if (tracked) {
            leftRows.add(row);
            rightRows.add(column);
        }
        // ∂ℒ/∂L[i, q] += g · R[j, q] ;  ∂ℒ/∂R[j, q] += g · L[i, q]
        for (int q = 0; q < rank; q++) {
            left[li + q] += g * r[rj + q];
            right[rj + q] += g * l[li + q];
        }
    }

    /**
     * {@link #accumulate(LowRankMatrix, int, int, double)} for the samples t = 0 … {@code length} − 1, in
     * this order (so every gradient entry receives its terms in the order of t, as with the single-sample
     * calls):
     * <pre>
     *   ∂ℒ/∂L[i_t, :] += g_t · R[j_t, :],   ∂ℒ/∂R[j_t, :] += g_t · L[i_t, :]
     *   (i_t, j_t) = (cells[2t], cells[2t + 1])
     * </pre>
     * The loop over the rank is written out for k = 2 and k = 4 (the paper's ranks); there, when the samples stay in
     * one cell for several steps in a row, a run is summed in registers (the same additions in the same order).
     * Allocates nothing.
     *
     * @param matrix (input) X, shaped like this gradient; its factors are read, not modified
     * @param cells  (input) the cells, row and column interleaved, inside the matrix; not modified
     * @param g      (input) g_t = ∂ℒ/∂X[i_t, j_t] of each sample; not modified
     * @param length the number of samples
     */
    public void accumulate(LowRankMatrix matrix, int[] cells, double[] g, int length) {
        checkShapeAndTrack(matrix, cells, length);
        double[] l = matrix.left().data;
        double[] r = matrix.right().data;
        if ((rank == 2 || rank == 4) && runsAreLong(cells, length)) {
            accumulateByRun(l, r, cells, g, length);
            return;
        }
        // sample by sample: ∂ℒ/∂L[i_t, :] += g_t R[j_t, :], ∂ℒ/∂R[j_t, :] += g_t L[i_t, :]
        switch (rank) {
            case 2 -> {
                for (int t = 0; t < length; t++) {
                    int li = 2 * cells[2 * t];
                    int rj = 2 * cells[2 * t + 1];
                    double gt = g[t];
                    double l0 = l[li];
                    double l1 = l[li + 1];
                    double r0 = r[rj];
                    double r1 = r[rj + 1];
                    left[li] += gt * r0;
                    left[li + 1] += gt * r1;
                    right[rj] += gt * l0;
                    right[rj + 1] += gt * l1;
                }
            }
            case 4 -> {
                for (int t = 0; t < length; t++) {
                    int li = 4 * cells[2 * t];
                    int rj = 4 * cells[2 * t + 1];
                    double gt = g[t];
                    double l0 = l[li];
                    double l1 = l[li + 1];
                    double l2 = l[li + 2];
                    double l3 = l[li + 3];
                    double r0 = r[rj];
                    double r1 = r[rj + 1];
                    double r2 = r[rj + 2];
                    double r3 = r[rj + 3];
                    left[li] += gt * r0;
                    left[li + 1] += gt * r1;
                    left[li + 2] += gt * r2;
                    left[li + 3] += gt * r3;
                    right[rj] += gt * l0;
                    right[rj + 1] += gt * l1;
                    right[rj + 2] += gt * l2;
                    right[rj + 3] += gt * l3;
                }
            }
            default -> {
                for (int t = 0; t < length; t++) {
                    int li = cells[2 * t] * rank;
                    int rj = cells[2 * t + 1] * rank;
                    double gt = g[t];
                    for (int q = 0; q < rank; q++) {
                        left[li + q] += gt * r[rj + q];
                        right[rj + q] += gt * l[li + q];
                    }
                }
            }
        }
    }

    /**
     * The entries and the gradient of a least-squares fit of them, in one pass over the samples: for t &lt;
     * {@code length}, in this order,
     * <pre>
     *   x_t = X[i_t, j_t]                       (into {@code entries[t]}, summed as {@link LowRankMatrix#get} sums it)
     *   g_t = scale · (x_t − y_t)
     *   ∂ℒ/∂L[i_t, :] += g_t · R[j_t, :],   ∂ℒ/∂R[j_t, :] += g_t · L[i_t, :]
     * </pre>
     * which is bit for bit {@link LowRankMatrix#entries}, the g_t loop and {@link #accumulate(LowRankMatrix, int[],
     * double[], int)}, each factor row read once per sample instead of twice (the critic's update, ℒ = (1/B) Σ (V_t −
     * G_t)² with scale = 2/B). Allocates nothing in steady state (a scratch for the g_t grows with the episode).
     *
     * @param matrix  (input) X, shaped like this gradient; not modified
     * @param cells   (input) the cells, row and column interleaved, inside the matrix; not modified
     * @param targets (input) y_t; not modified
     * @param scale   the factor of the residuals
     * @param length  the number of samples
     * @param entries (output) x_t
     * @throws IndexOutOfBoundsException if a cell lies outside the matrix
     */
    public void accumulateResiduals(LowRankMatrix matrix, int[] cells, double[] targets, double scale, int length,
            double[] entries) {
        boolean unrolled = rank == 2 || rank == 4;
        boolean longRuns = unrolled && runsAreLong(cells, length);
        if (!unrolled || longRuns) {
            // the general rank, and long runs (summed in registers): three passes
            matrix.entries(cells, length, entries);
            if (residuals.length < length) {
                residuals = new double[length];
            }
            for (int t = 0; t < length; t++) {
                residuals[t] = scale * (entries[t] - targets[t]);
            }
            if (longRuns) {
                checkShapeAndTrack(matrix, cells, length);
                accumulateByRun(matrix.left().data, matrix.right().data, cells, residuals, length);
            } else {
                accumulate(matrix, cells, residuals, length);
            }
            return;
        }
        checkShapeAndTrack(matrix, cells, length);
        double[] l = matrix.left().data;
        double[] r = matrix.right().data;
        int rows = matrix.rows();
        int columns = matrix.columns();
        if (rank == 2) {
            for (int t = 0; t < length; t++) {
                int i = cells[2 * t];
                int j = cells[2 * t + 1];
                checkCell(i, j, rows, columns);
                int li = 2 * i;
                int rj = 2 * j;
                double l0 = l[li];
                double l1 = l[li + 1];
                double r0 = r[rj];
                double r1 = r[rj + 1];
                double x = 0.0;
                x += l0 * r0;
                x += l1 * r1;
                entries[t] = x;
                double gt = scale * (x - targets[t]);
                left[li] += gt * r0;
                left[li + 1] += gt * r1;
                right[rj] += gt * l0;
                right[rj + 1] += gt * l1;
            }
        } else {
            for (int t = 0; t < length; t++) {
                int i = cells[2 * t];
                int j = cells[2 * t + 1];
                checkCell(i, j, rows, columns);
                int li = 4 * i;
                int rj = 4 * j;
                double l0 = l[li];
                double l1 = l[li + 1];
                double l2 = l[li + 2];
                double l3 = l[li + 3];
                double r0 = r[rj];
                double r1 = r[rj + 1];
                double r2 = r[rj + 2];
                double r3 = r[rj + 3];
                double x = 0.0;
                x += l0 * r0;
                x += l1 * r1;
                x += l2 * r2;
                x += l3 * r3;
                entries[t] = x;
                double gt = scale * (x - targets[t]);
                left[li] += gt * r0;
                left[li + 1] += gt * r1;
                left[li + 2] += gt * r2;
                left[li + 3] += gt * r3;
                right[rj] += gt * l0;
                right[rj + 1] += gt * l1;
                right[rj + 2] += gt * l2;
                right[rj + 3] += gt * l3;
            }
        }
    }

    /** Rejects a matrix not shaped like this gradient; remembers the samples' rows if tracked. */
    private void checkShapeAndTrack(LowRankMatrix matrix, int[] cells, int length) {
        if (matrix.rank() != rank || matrix.rows() * rank != left.length || matrix.columns() * rank != right.length) {
            throw new IllegalArgumentException("matrix shape differs from the gradient's");
        }
        if (tracked) {
            for (int t = 0; t < length; t++) {
                leftRows.add(cells[2 * t]);
                rightRows.add(cells[2 * t + 1]);
            }
        }
    }

    private static void checkCell(int row, int column, int rows, int columns) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("cell (" + row + ", " + column + ") outside " + rows + "×" + columns);
        }
    }

    /**
     * Whether the samples stay in one cell for {@value #LONG_RUN} or more consecutive samples on average, judged on
     * the first {@value #SAMPLE} (Goddard's coarse grid: runs of about 20). Summing a run in registers then saves a
     * store and a reload per sample; with short runs (pendulum, acrobot: about 2) the run loop's exit test costs more
     * than it saves. Either way the sums are the same bits; this only picks the faster loop.
     */
    private static boolean runsAreLong(int[] cells, int length) {
        int end = Math.min(length, SAMPLE);
        int runs = 1;
        for (int t = 1; t < end; t++) {
            // + 1 if step t's cell differs from step t − 1's, without a branch (the outcome is unpredictable)
            int difference = (cells[2 * t] ^ cells[2 * t - 2]) | (cells[2 * t + 1] ^ cells[2 * t - 1]);
            runs += (difference | -difference) >>> 31;
        }
        return runs * LONG_RUN <= end;
    }

    /**
     * The same accumulation run by run (k = 2, 4): a run of consecutive samples in one cell adds to the same two
     * gradient rows, which are read once, summed in registers in the order of t and written once. These are the same
     * additions in the same order as adding sample by sample, without waiting on a store before every addition.
     */
    private void accumulateByRun(double[] l, double[] r, int[] cells, double[] g, int length) {
        switch (rank) {
            case 2 -> {
                int t = 0;
                while (t < length) {
                    int i = cells[2 * t];
                    int j = cells[2 * t + 1];
                    int li = 2 * i;
                    int rj = 2 * j;
                    double l0 = l[li];
                    double l1 = l[li + 1];
                    double r0 = r[rj];
                    double r1 = r[rj + 1];
                    double gl0 = left[li];
                    double gl1 = left[li + 1];
                    double gr0 = right[rj];
                    double gr1 = right[rj + 1];
                    do {
                        double gt = g[t];
                        gl0 += gt * r0;
                        gl1 += gt * r1;
                        gr0 += gt * l0;
                        gr1 += gt * l1;
                        t++;
                    } while (t < length && cells[2 * t] == i && cells[2 * t + 1] == j);
                    left[li] = gl0;
                    left[li + 1] = gl1;
                    right[rj] = gr0;
                    right[rj + 1] = gr1;
                }
            }
            case 4 -> {
                int t = 0;
                while (t < length) {
                    int i = cells[2 * t];
                    int j = cells[2 * t + 1];
                    int li = 4 * i;
                    int rj = 4 * j;
                    double l0 = l[li];
                    double l1 = l[li + 1];
                    double l2 = l[li + 2];
                    double l3 = l[li + 3];
                    double r0 = r[rj];
                    double r1 = r[rj + 1];
                    double r2 = r[rj + 2];
                    double r3 = r[rj + 3];
                    double gl0 = left[li];
                    double gl1 = left[li + 1];
                    double gl2 = left[li + 2];
                    double gl3 = left[li + 3];
                    double gr0 = right[rj];
                    double gr1 = right[rj + 1];
                    double gr2 = right[rj + 2];
                    double gr3 = right[rj + 3];
                    do {
                        double gt = g[t];
                        gl0 += gt * r0;
                        gl1 += gt * r1;
                        gl2 += gt * r2;
                        gl3 += gt * r3;
                        gr0 += gt * l0;
                        gr1 += gt * l1;
                        gr2 += gt * l2;
                        gr3 += gt * l3;
                        t++;
                    } while (t < length && cells[2 * t] == i && cells[2 * t + 1] == j);
                    left[li] = gl0;
                    left[li + 1] = gl1;
                    left[li + 2] = gl2;
                    left[li + 3] = gl3;
                    right[rj] = gr0;
                    right[rj + 1] = gr1;
                    right[rj + 2] = gr2;
                    right[rj + 3] = gr3;
                }
            }
            default -> throw new IllegalStateException("rank " + rank);
        }
    }

    /** k. */
    public int rank() {
        return rank;
    }

    /** ∂ℒ/∂L[i, q]. */
    public double left(int row, int q) {
        return left[row * rank + q];
    }

    /** ∂ℒ/∂R[j, q]. */
    public double right(int column, int q) {
        return right[column * rank + q];
    }

    /** The dense ∂ℒ/∂L, N·k row-major (read-only by contract). */
    double[] leftArray() {
        return left;
    }

    /** The dense ∂ℒ/∂R, M·k row-major (read-only by contract). */
    double[] rightArray() {
        return right;
    }

    /** The number of rows of L touched since the last clear (tracked gradients only). */
    public int touchedLeftRows() {
        return requireTracked(leftRows).size();
    }

    /** The n-th touched row of L, in the order first touched (tracked gradients only). */
    public int touchedLeftRow(int n) {
        return requireTracked(leftRows).get(n);
    }

    /** The number of rows of R touched since the last clear (tracked gradients only). */
    public int touchedRightRows() {
        return requireTracked(rightRows).size();
    }

    /** The n-th touched row of R, in the order first touched (tracked gradients only). */
    public int touchedRightRow(int n) {
        return requireTracked(rightRows).get(n);
    }

    private static TouchedRows requireTracked(TouchedRows rows) {
        if (rows == null) {
            throw new IllegalStateException("this gradient does not track its touched rows (RowTracking.UNTRACKED)");
        }
        return rows;
    }
}
