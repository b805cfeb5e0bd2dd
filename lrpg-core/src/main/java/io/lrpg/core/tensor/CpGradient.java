package io.lrpg.core.tensor;

import io.lrpg.core.optim.RowTracking;
import io.lrpg.core.optim.TouchedRows;
import java.util.Arrays;

/**
 * The gradient of a loss with respect to the factors of a {@link CpTensor}, accumulated from per-entry
 * gradients g_t = ∂ℒ/∂X[i_t] at index tuples i_t = (i_{t,1}, …, i_{t,D}) (repeated tuples add up). Since
 * X[i] = Σ_r Π_e U_e[i_e, r],
 * <pre>
 *   ∂X[i]/∂U_d[i_d, r] = Π_{e≠d} U_e[i_e, r]
 *   ∂ℒ/∂U_d[j, r] = Σ_{t: i_{t,d} = j} g_t · Π_{e≠d} U_e[i_{t,e}, r]
 * </pre>
 * The product over e ≠ d is formed without division (a factor entry may be 0) as prefix · suffix,
 * P_d = Π_{e&lt;d} U_e[i_e, r] (from P_0 = 1.0, mode by mode) times S_d = Π_{e&gt;d} U_e[i_e, r] (from S_{D−1} = 1.0,
 * from the last mode down), for all r of a sample at once (rows are contiguous). Each sample touches one row of each factor gradient, O(D·k) per sample. With D = 2
 * the terms are g_t·U₂[j_t, r] and g_t·U₁[i_t, r] exactly (1.0 times a number is that number), so the gradient
 * equals {@link io.lrpg.core.lowrank.LowRankGradient}'s bit for bit.
 *
 * <p>With {@link RowTracking#TRACKED} the rows touched since the last {@link #clear()} are remembered per mode,
 * so that a row-sparse optimizer visits only them and clearing costs O(rows touched · k); with
 * {@link RowTracking#UNTRACKED} clearing zeroes every factor gradient, O(k·Σ n_d), the order of the dense
 * optimizer step that follows. The gradient arrays are dense (n_d·k, row-major like the factors). Not
 * thread-safe.
 */
public final class CpGradient {

    private final int rank;
    private final int[] sizes;
    private final double[][] gradients;
    private final boolean tracked;
    private final TouchedRows[] touched;
    private final double[] prefix; // P_d[r] of one sample, D·k
    private final double[] suffix; // S[r] of one sample, k

    /** A zero gradient shaped like {@code tensor}, tracking its touched rows or not. */
    public CpGradient(CpTensor tensor, RowTracking rows) {
        this.rank = tensor.rank();
        this.sizes = tensor.sizes();
        this.gradients = new double[sizes.length][];
        this.tracked = rows == RowTracking.TRACKED;
        this.touched = tracked ? new TouchedRows[sizes.length] : null;
        for (int d = 0; d < sizes.length; d++) {
            gradients[d] = new double[sizes[d] * rank];
            if (tracked) {
                touched[d] = new TouchedRows(sizes[d]);
            }
        }
        this.prefix = new double[sizes.length * rank];
        this.suffix = new double[rank];
    }

    /** Whether the touched rows are tracked. */
    public RowTracking rows() {
        return tracked ? RowTracking.TRACKED : RowTracking.UNTRACKED;
    }

    /** D. */
    public int modes() {
        return sizes.length;
    }

    /** k. */
    public int rank() {
        return rank;
    }

    /**
     * Zeroes the gradient: tracked, the touched rows of every mode (and forgets them); untracked, every entry.
     */
    public void clear() {
        for (int d = 0; d < sizes.length; d++) {
            if (tracked) {
                touched[d].clear(gradients[d], rank);
            } else {
                Arrays.fill(gradients[d], 0.0);
            }
        }
    }

    /**
     * Adds the gradients of Σ_t g_t · X[i_t] for the samples t = 0 … {@code length} − 1, in this order (every
     * gradient entry receives its terms in the order of t), at the factors' current values. Per sample, with
     * o_d = i_{t,d}·k the offset of row i_{t,d} in U_d and the loops over r innermost (contiguous rows):
     * <pre>
     *   P_0[r] = 1.0,  P_{d+1}[r] = P_d[r] · U_d[o_d + r]                          (d = 0 … D−2)
     *   S[r] = 1.0;  for d = D−1 … 0:  ∂ℒ/∂U_d[o_d + r] += g_t · (P_d[r] · S[r]),  S[r] ← S[r] · U_d[o_d + r]
     * </pre>
     * The loops are written out for D = 2 and D = 3 with exactly these operations (1.0 · x = x, and a product of two
     * numbers does not depend on their order). Allocates nothing.
     *
     * @param tensor  (input) X, shaped like this gradient; its factors are read, not modified
     * @param indices (input) the index tuples, D ints per sample, inside the tensor; not modified
     * @param g       (input) g_t = ∂ℒ/∂X[i_t] of each sample; not modified
     * @param length  the number of samples
     * @throws ArrayIndexOutOfBoundsException for an index outside its mode (the gradient is then partly updated)
     */
    public void accumulate(CpTensor tensor, int[] indices, double[] g, int length) {
        int modes = sizes.length;
        if (tensor.rank() != rank || tensor.modes() != modes) {
            throw new IllegalArgumentException("tensor shape differs from the gradient's");
        }
        for (int d = 0; d < modes; d++) {
            if (tensor.size(d) != sizes[d]) {
                throw new IllegalArgumentException("tensor shape differs from the gradient's");
            }
        }
        if (tracked) {
            for (int t = 0; t < length; t++) {
                for (int d = 0; d < modes; d++) {
                    touched[d].add(indices[t * modes + d]); // throws for an index outside its mode
                }
            }
        }
        // an index outside its mode throws below too (its row offset lies outside the factor)
        switch (modes) {
            case 2 -> accumulateTwoModes(tensor, indices, g, length);
            case 3 -> accumulateThreeModes(tensor, indices, g, length);
            default -> accumulateModes(tensor, indices, g, length);
        }
    }

    /**
     * D = 2, the general loop's operations written out (1.0·x = x exactly): ∂ℒ/∂U₁[i₁, r] += g_t · U₂[i₂, r],
     * ∂ℒ/∂U₂[i₂, r] += g_t · U₁[i₁, r], the matrix gradient's operations.
     */
    private void accumulateTwoModes(CpTensor tensor, int[] indices, double[] g, int length) {
        int k = rank;
        double[] u0 = tensor.factor(0);
        double[] u1 = tensor.factor(1);
        double[] g0 = gradients[0];
        double[] g1 = gradients[1];
        for (int t = 0; t < length; t++) {
            int o0 = indices[2 * t] * k;
            int o1 = indices[2 * t + 1] * k;
            double gt = g[t];
            for (int r = 0; r < k; r++) {
                double a = u0[o0 + r];
                double b = u1[o1 + r];
                g0[o0 + r] += gt * b;
                g1[o1 + r] += gt * a;
            }
        }
    }

    /**
     * D = 3, the general loop's operations written out (P₂ = U₁·U₂, S₀ = U₃·U₂, and 1.0·x = x):
     * ∂ℒ/∂U₁ += g_t · (U₃·U₂), ∂ℒ/∂U₂ += g_t · (U₁·U₃), ∂ℒ/∂U₃ += g_t · (U₁·U₂) at the rows of sample t.
     */
    private void accumulateThreeModes(CpTensor tensor, int[] indices, double[] g, int length) {
        int k = rank;
        double[] u0 = tensor.factor(0);
        double[] u1 = tensor.factor(1);
        double[] u2 = tensor.factor(2);
        double[] g0 = gradients[0];
        double[] g1 = gradients[1];
        double[] g2 = gradients[2];
        for (int t = 0; t < length; t++) {
            int o0 = indices[3 * t] * k;
            int o1 = indices[3 * t + 1] * k;
            int o2 = indices[3 * t + 2] * k;
            double gt = g[t];
            for (int r = 0; r < k; r++) {
                double a = u0[o0 + r];
                double b = u1[o1 + r];
                double c = u2[o2 + r];
                g2[o2 + r] += gt * (a * b);
                g1[o1 + r] += gt * (a * c);
                g0[o0 + r] += gt * (c * b);
            }
        }
    }

    /** Any D: the loops of {@link #accumulate}'s formula, with the rows of one sample contiguous. */
    private void accumulateModes(CpTensor tensor, int[] indices, double[] g, int length) {
        int modes = sizes.length;
        int k = rank;
        double[] prefix = this.prefix; // P_d[r] at [d·k + r]
        double[] suffix = this.suffix; // S[r]
        for (int t = 0; t < length; t++) {
            int base = t * modes;
            double gt = g[t];
            // P_0 = 1, P_{d+1} = P_d · U_d[i_d, :]
            for (int r = 0; r < k; r++) {
                prefix[r] = 1.0;
            }
            for (int d = 0; d + 1 < modes; d++) {
                double[] u = tensor.factor(d);
                int o = indices[base + d] * k;
                int p = d * k;
                for (int r = 0; r < k; r++) {
                    prefix[p + k + r] = prefix[p + r] * u[o + r];
                }
            }
            // ∂ℒ/∂U_d[i_d, r] += g_t · (P_d[r] · S[r]),  S = Π_{e>d} U_e[i_e, :], from the last mode down
            for (int r = 0; r < k; r++) {
                suffix[r] = 1.0;
            }
            for (int d = modes - 1; d >= 0; d--) {
                double[] u = tensor.factor(d);
                double[] grad = gradients[d];
                int o = indices[base + d] * k;
                int p = d * k;
                for (int r = 0; r < k; r++) {
                    grad[o + r] += gt * (prefix[p + r] * suffix[r]);
                    suffix[r] *= u[o + r];
                }
            }
        }
    }

    /** ∂ℒ/∂U_d[i, r]. */
    public double get(int d, int i, int r) {
        return gradients[d][i * rank + r];
    }

    /** The dense ∂ℒ/∂U_d, n_d·k row-major (read-only by contract). */
    double[] array(int d) {
        return gradients[d];
    }

    /** The number of rows of U_d touched since the last clear (tracked gradients only). */
    public int touchedRows(int d) {
        return requireTracked()[d].size();
    }

    /** The n-th touched row of U_d, in the order first touched (tracked gradients only). */
    public int touchedRow(int d, int n) {
        return requireTracked()[d].get(n);
    }

    private TouchedRows[] requireTracked() {
        if (!tracked) {
            throw new IllegalStateException("this gradient does not track its touched rows (RowTracking.UNTRACKED)");
        }
        return touched;
    }
}
