package io.lrpg.core.lowrank;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;

/**
 * An N×M matrix of rank at most k held as its factors, X = L Rᵀ with L ∈ ℝ^{N×k} and R ∈ ℝ^{M×k}
 * (docs/paper.md §1.1; the reference stores R transposed as k×M):
 * <pre>
 *   X[i, j] = Σ_{r&lt;k} L[i, r] · R[j, r]
 * </pre>
 * Only the factors are stored ((N + M)·k numbers, in EJML {@link DMatrixRMaj}s, row-major); the N×M
 * product is formed only on request for diagnostics ({@link #reconstruct()}, {@link #singularValues()}).
 *
 * <p>This class holds data; the gradient kernel is {@link LowRankGradient} and the optimizer step
 * {@link LowRankAdam}. Not thread-safe.
 */
public final class LowRankMatrix {

    private final DMatrixRMaj left;
    private final DMatrixRMaj right;
    private final int rank;

    /** An all-zero N×M matrix of rank k; every dimension must be {@code > 0}. */
    public LowRankMatrix(int rows, int columns, int rank) {
        if (rows <= 0 || columns <= 0 || rank <= 0) {
            throw new IllegalArgumentException(
                    "rows, columns and rank must be > 0, were " + rows + ", " + columns + " and " + rank);
        }
        this.left = new DMatrixRMaj(rows, rank);
        this.right = new DMatrixRMaj(columns, rank);
        this.rank = rank;
    }

    /**
     * A matrix with i.i.d. 𝒩(0, scale²) factor entries (docs/paper.md §1.6; the paper uses scale 1). The draws
     * are taken in this order: L row by row (L[0,0], L[0,1], …, L[N−1,k−1]), then R row by row
     * (R[0,0], …, R[M−1,k−1]), each as {@code scale · random.nextGaussian()}.
     *
     * @param scale  the standard deviation, finite and ≥ 0
     * @param random the run's initialization stream
     */
    public static LowRankMatrix gaussian(int rows, int columns, int rank, double scale, RandomGenerator random) {
        LowRankMatrix x = new LowRankMatrix(rows, columns, rank);
        x.fillLeftGaussian(scale, random);
        x.fillRightGaussian(scale, random);
        return x;
    }

    /**
     * A matrix with the given factors, copied.
     *
     * @param left  (input) L as N rows of length k; not modified
     * @param right (input) R as M rows of length k; not modified
     */
    public static LowRankMatrix of(double[][] left, double[][] right) {
        if (left.length == 0 || right.length == 0 || left[0].length != right[0].length) {
            throw new IllegalArgumentException("need non-empty factors with the same number of columns");
        }
        LowRankMatrix x = new LowRankMatrix(left.length, right.length, left[0].length);
        x.left.setTo(new DMatrixRMaj(left));
        x.right.setTo(new DMatrixRMaj(right));
        return x;
    }

    /** Overwrites L with i.i.d. 𝒩(0, scale²) entries drawn row by row. */
    public void fillLeftGaussian(double scale, RandomGenerator random) {
        fillGaussian(left.data, left.getNumElements(), scale, random);
    }

    /** Overwrites R with i.i.d. 𝒩(0, scale²) entries drawn row by row. */
    public void fillRightGaussian(double scale, RandomGenerator random) {
        fillGaussian(right.data, right.getNumElements(), scale, random);
    }

    private static void fillGaussian(double[] data, int length, double scale, RandomGenerator random) {
        if (!(scale >= 0.0 && scale < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("scale must be finite and >= 0, was " + scale);
        }
        for (int n = 0; n < length; n++) {
            data[n] = scale * random.nextGaussian();
        }
    }

    /** N. */
    public int rows() {
        return left.numRows;
    }

    /** M. */
    public int columns() {
        return right.numRows;
    }

    /** k. */
    public int rank() {
        return rank;
    }

    /** (N + M)·k, the number of stored parameters. */
    public int parameterCount() {
        return (left.numRows + right.numRows) * rank;
    }

    /**
     * X[i, j] = Σ_r L[i, r] · R[j, r], summed from 0.0 in the order r = 0 … k − 1 (written out for k = 2
     * and 4, the paper's ranks: acting reads one entry per step, on the path from state to action);
     * allocates nothing.
     */
    public double get(int row, int column) {
        checkCell(row, column);
        double[] l = left.data;
        double[] r = right.data;
        int li = row * rank;
        int rj = column * rank;
        // X[i, j] = Σ_r L[i, r] · R[j, r]
        double sum = 0.0;
        switch (rank) {
            case 2 -> {
                sum += l[li] * r[rj];
                sum += l[li + 1] * r[rj + 1];
            }
            case 4 -> {
                sum += l[li] * r[rj];
                sum += l[li + 1] * r[rj + 1];
                sum += l[li + 2] * r[rj + 2];
                sum += l[li + 3] * r[rj + 3];
            }
            default -> {
                for (int q = 0; q < rank; q++) {
                    sum += l[li + q] * r[rj + q];
                }
            }
        }
        return sum;
    }

    /**
     * The entries at a batch of cells, X[i_t, j_t] for t &lt; {@code length}, each summed as {@link #get}
     * sums it, so {@code out[t] == get(i_t, j_t)} bit for bit:
     * <pre>
     *   out[t] = Σ_{r&lt;k} L[i_t, r] · R[j_t, r]   (r = 0, 1, …, k − 1 in this order)
     *   (i_t, j_t) = (cells[2t], cells[2t + 1])
     * </pre>
     * The loop over r is written out for k = 2 and k = 4 (the paper's ranks), where a loop of two or four
     * iterations costs more than its arithmetic. Allocates nothing.
     *
     * @param cells  (input) the cells, row and column interleaved; not modified
     * @param length the number of cells
     * @param out    (output) the entries, {@code out[0 … length)}
     * @throws IndexOutOfBoundsException if a cell lies outside the matrix
     */
    public void entries(int[] cells, int length, double[] out) {
        double[] l = left.data;
        double[] r = right.data;
        switch (rank) {
            case 2 -> {
                for (int t = 0; t < length; t++) {
                    int i = cells[2 * t];
                    int j = cells[2 * t + 1];
                    checkCell(i, j);
                    int li = 2 * i;
                    int rj = 2 * j;
                    double sum = 0.0;
                    sum += l[li] * r[rj];
                    sum += l[li + 1] * r[rj + 1];
                    out[t] = sum;
                }
            }
            case 4 -> {
                for (int t = 0; t < length; t++) {
                    int i = cells[2 * t];
                    int j = cells[2 * t + 1];
                    checkCell(i, j);
                    int li = 4 * i;
                    int rj = 4 * j;
                    double sum = 0.0;
                    sum += l[li] * r[rj];
                    sum += l[li + 1] * r[rj + 1];
                    sum += l[li + 2] * r[rj + 2];
                    sum += l[li + 3] * r[rj + 3];
                    out[t] = sum;
                }
            }
            default -> {
                for (int t = 0; t < length; t++) {
                    out[t] = get(cells[2 * t], cells[2 * t + 1]);
                }
            }
        }
    }

    /**
     * The factor L (N×k), live: writes change this matrix. Exposed for optimizers, checkpoints and tests;
     * do not reshape it.
     */
    public DMatrixRMaj left() {
        return left;
    }

    /** The factor R (M×k), live; see {@link #left()}. */
    public DMatrixRMaj right() {
        return right;
    }

    /** The full product X = L Rᵀ (a new N×M matrix), for diagnostics only. */
    public DMatrixRMaj reconstruct() {
        DMatrixRMaj x = new DMatrixRMaj(left.numRows, right.numRows);
        CommonOps_DDRM.multTransB(left, right, x); // X = L Rᵀ
        return x;
    }

    /**
     * The singular values of X = L Rᵀ, largest first (min(N, M) of them; at most k are non-zero up to
     * rounding), for diagnostics only.
     */
    public double[] singularValues() {
        double[] values = SingularOps_DDRM.singularValues(reconstruct());
        Arrays.sort(values);
        for (int a = 0, b = values.length - 1; a < b; a++, b--) {
            double swap = values[a];
            values[a] = values[b];
            values[b] = swap;
        }
        return values;
    }

    /** Copies both factors of {@code other}, which must have this shape. */
    public void setTo(LowRankMatrix other) {
        if (other.rows() != rows() || other.columns() != columns() || other.rank != rank) {
            throw new IllegalArgumentException("shape mismatch");
        }
        left.setTo(other.left);
        right.setTo(other.right);
    }

    private void checkCell(int row, int column) {
        if (row < 0 || row >= left.numRows || column < 0 || column >= right.numRows) {
            throw new IndexOutOfBoundsException(
                    "cell (" + row + ", " + column + ") outside " + left.numRows + "×" + right.numRows);
        }
    }
}
