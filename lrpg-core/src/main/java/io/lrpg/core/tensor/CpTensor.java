package io.lrpg.core.tensor;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * An n₁×…×n_D tensor of CP (PARAFAC) rank at most k held as its factors U_d ∈ ℝ^{n_d×k}, one per mode
 * (docs/paper.md §4.2):
 * <pre>
 *   X[i₁, …, i_D] = Σ_{r&lt;k} Π_{d&lt;D} U_d[i_d, r]
 * </pre>
 * Only the factors are stored (k·Σ_d n_d numbers, each factor a row-major {@code double[n_d·k]}); the tensor
 * itself is never built. With D = 2 this is the matrix X = U₁ U₂ᵀ of {@link io.lrpg.core.lowrank.LowRankMatrix},
 * entry for entry and bit for bit (see {@link #get}).
 *
 * <p>This class holds data; the gradient kernel is {@link CpGradient} and the optimizer step {@link CpAdam}.
 * Not thread-safe.
 */
public final class CpTensor {

    private final int rank;
    private final int[] sizes;
    private final double[][] factors;

    /**
     * An all-zero tensor.
     *
     * @param sizes (n₁, …, n_D), D ≥ 1, every n_d ≥ 1; copied
     * @param rank  k ≥ 1
     * @throws IllegalArgumentException if a size or the rank is not positive, or k·Σ n_d exceeds an int
     */
    public CpTensor(int[] sizes, int rank) {
        if (sizes.length == 0) {
            throw new IllegalArgumentException("need at least one mode");
        }
        if (rank <= 0) {
            throw new IllegalArgumentException("rank must be > 0, was " + rank);
        }
        long count = 0;
        for (int d = 0; d < sizes.length; d++) {
            if (sizes[d] <= 0) {
                throw new IllegalArgumentException("mode " + d + " must have size > 0, was " + sizes[d]);
            }
            count += (long) sizes[d] * rank;
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("k·Σ n_d = " + count + " parameters is too many");
        }
        this.rank = rank;
        this.sizes = sizes.clone();
        this.factors = new double[sizes.length][];
        for (int d = 0; d < sizes.length; d++) {
            factors[d] = new double[sizes[d] * rank];
        }
    }

    /**
     * A tensor with i.i.d. 𝒩(0, scale²) factor entries. The draws are taken mode by mode, each factor row by row
     * (U₁[0,0], U₁[0,1], …, U₁[n₁−1,k−1], then U₂[0,0], …, up to U_D[n_D−1,k−1]), each as
     * {@code scale · random.nextGaussian()}. With D = 2 these are the draws of
     * {@link io.lrpg.core.lowrank.LowRankMatrix#gaussian} (L row by row, then R), so a tensor and a matrix
     * initialized from equal streams have equal factors. Each entry of X then has mean 0 and variance
     * k·scale^{2D}.
     *
     * @param scale  the standard deviation, finite and ≥ 0
     * @param random the run's initialization stream
     */
    public static CpTensor gaussian(int[] sizes, int rank, double scale, RandomGenerator random) {
        if (!(scale >= 0.0 && scale < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("scale must be finite and >= 0, was " + scale);
        }
        CpTensor x = new CpTensor(sizes, rank);
        for (double[] factor : x.factors) {
            for (int n = 0; n < factor.length; n++) {
                factor[n] = scale * random.nextGaussian();
            }
        }
        return x;
    }

    /**
     * A tensor with the given factors, copied.
     *
     * @param factors (input) {@code factors[d]} is U_d as n_d rows of length k; not modified
     */
    public static CpTensor of(double[][][] factors) {
        if (factors.length == 0 || factors[0].length == 0) {
            throw new IllegalArgumentException("need at least one non-empty factor");
        }
        int k = factors[0][0].length;
        int[] sizes = new int[factors.length];
        for (int d = 0; d < factors.length; d++) {
            sizes[d] = factors[d].length;
        }
        CpTensor x = new CpTensor(sizes, k);
        for (int d = 0; d < factors.length; d++) {
            for (int i = 0; i < factors[d].length; i++) {
                if (factors[d][i].length != k) {
                    throw new IllegalArgumentException("row " + i + " of factor " + d + " has " + factors[d][i].length
                            + " columns, expected " + k);
                }
                System.arraycopy(factors[d][i], 0, x.factors[d], i * k, k);
            }
        }
        return x;
    }

    /** D, the number of modes. */
    public int modes() {
        return sizes.length;
    }

    /** k. */
    public int rank() {
        return rank;
    }

    /** n_d. */
    public int size(int d) {
        return sizes[d];
    }

    /** (n₁, …, n_D), a copy. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** k·Σ_d n_d, the number of stored parameters. */
    public int parameterCount() {
        int count = 0;
        for (int size : sizes) {
            count += size * rank;
        }
        return count;
    }

    /**
     * The factor U_d (n_d·k entries, row-major: U_d[i, r] at {@code [i·k + r]}), live: writes change this tensor.
     * Exposed for optimizers, checkpoints and tests.
     */
    public double[] factor(int d) {
        return factors[d];
    }

    /**
     * X[i₁, …, i_D] for the indices at {@code indices[offset … offset + D)}:
     * <pre>
     *   X = Σ_r p_r,   p_r = (…((U₁[i₁, r] · U₂[i₂, r]) · U₃[i₃, r]) · …) · U_D[i_D, r]
     * </pre>
     * summed from 0.0 in the order r = 0 … k − 1, the product taken mode by mode (written out for D = 2 and 3). With
     * D = 2 this is exactly the operations of {@link io.lrpg.core.lowrank.LowRankMatrix#get} (sum += L[i, r]·R[j, r]).
     * Allocates nothing.
     *
     * @throws IndexOutOfBoundsException if an index lies outside its mode
     */
    public double get(int[] indices, int offset) {
        checkIndices(indices, offset);
        int k = rank;
        double[] u0 = factors[0];
        int o0 = indices[offset] * k;
        if (sizes.length == 2) { // the matrix case, written out: sum += U₁[i₁, r] · U₂[i₂, r]
            double[] u1 = factors[1];
            int o1 = indices[offset + 1] * k;
            double sum = 0.0;
            for (int r = 0; r < k; r++) {
                sum += u0[o0 + r] * u1[o1 + r];
            }
            return sum;
        }
        if (sizes.length == 3) { // written out: p_r = (U₁[i₁, r] · U₂[i₂, r]) · U₃[i₃, r]
            double[] u1 = factors[1];
            double[] u2 = factors[2];
            int o1 = indices[offset + 1] * k;
            int o2 = indices[offset + 2] * k;
            double sum = 0.0;
            for (int r = 0; r < k; r++) {
                sum += u0[o0 + r] * u1[o1 + r] * u2[o2 + r];
            }
            return sum;
        }
        double sum = 0.0;
        for (int r = 0; r < k; r++) {
            // p_r = Π_d U_d[i_d, r], mode by mode
            double p = u0[o0 + r];
            for (int d = 1; d < sizes.length; d++) {
                p *= factors[d][indices[offset + d] * k + r];
            }
            sum += p;
        }
        return sum;
    }

    /**
     * The entries at a batch of index tuples, {@code out[t] = get(indices, t·D)} bit for bit, for t &lt;
     * {@code length}:
     * <pre>
     *   out[t] = Σ_{r&lt;k} Π_{d&lt;D} U_d[indices[t·D + d], r]
     * </pre>
     * The loops are written out for D = 2 and D = 3 with exactly {@link #get}'s operations. Allocates nothing.
     *
     * @param indices (input) the tuples, D ints per step; not modified
     * @param length  the number of tuples
     * @param out     (output) {@code out[0 … length)}
     * @throws IndexOutOfBoundsException if an index lies outside its mode
     */
    public void entries(int[] indices, int length, double[] out) {
        int modes = sizes.length;
        int k = rank;
        if (modes == 2) { // written out: sum += U₁[i₁, r] · U₂[i₂, r], as get (and the matrix) sums it
            double[] u0 = factors[0];
            double[] u1 = factors[1];
            int n0 = sizes[0];
            int n1 = sizes[1];
            for (int t = 0; t < length; t++) {
                int i0 = indices[2 * t];
                int i1 = indices[2 * t + 1];
                if (i0 < 0 || i0 >= n0 || i1 < 0 || i1 >= n1) {
                    checkIndices(indices, 2 * t); // throws, naming the mode
                }
                int o0 = i0 * k;
                int o1 = i1 * k;
                double sum = 0.0;
                for (int r = 0; r < k; r++) {
                    sum += u0[o0 + r] * u1[o1 + r];
                }
                out[t] = sum;
            }
            return;
        }
        if (modes != 3) {
            for (int t = 0; t < length; t++) {
                out[t] = get(indices, t * modes);
            }
            return;
        }
        // D = 3 written out: p_r = (U₁[i₁, r] · U₂[i₂, r]) · U₃[i₃, r], summed in the order of r
        double[] u0 = factors[0];
        double[] u1 = factors[1];
        double[] u2 = factors[2];
        for (int t = 0; t < length; t++) {
            checkIndices(indices, 3 * t);
            int o0 = indices[3 * t] * k;
            int o1 = indices[3 * t + 1] * k;
            int o2 = indices[3 * t + 2] * k;
            double sum = 0.0;
            for (int r = 0; r < k; r++) {
                sum += u0[o0 + r] * u1[o1 + r] * u2[o2 + r];
            }
            out[t] = sum;
        }
    }

    /** Copies the factors of {@code other}, which must have this shape. */
    public void setTo(CpTensor other) {
        if (!Arrays.equals(other.sizes, sizes) || other.rank != rank) {
            throw new IllegalArgumentException("shape mismatch");
        }
        for (int d = 0; d < sizes.length; d++) {
            System.arraycopy(other.factors[d], 0, factors[d], 0, factors[d].length);
        }
    }

    void checkIndices(int[] indices, int offset) {
        for (int d = 0; d < sizes.length; d++) {
            int i = indices[offset + d];
            if (i < 0 || i >= sizes[d]) {
                throw new IndexOutOfBoundsException("index " + i + " of mode " + d + " outside [0, " + sizes[d] + ")");
            }
        }
    }
}
