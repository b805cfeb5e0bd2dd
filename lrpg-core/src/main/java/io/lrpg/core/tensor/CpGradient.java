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
 * from the last mode down). Each sample touches one row of each factor gradient, O(D·k) per sample. With D = 2
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
    private final double[] prefix; // P_d of one sample and rank index

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
        this.prefix = new double[sizes.length];
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
     * gradient entry receives its terms in the order of t), at the factors' current values:
     * <pre>
     *   for r &lt; k:  P_0 = 1.0,  P_{d+1} = P_d · U_d[i_{t,d}, r]
     *              S = 1.0;  for d = D−1 … 0:  ∂ℒ/∂U_d[i_{t,d}, r] += g_t · (P_d · S),  S ← S · U_d[i_{t,d}, r]
     * </pre>
     * Allocates nothing.
     *
     * @param tensor  (input) X, shaped like this gradient; its factors are read, not modified
     * @param indices (input) the index tuples, D ints per sample, inside the tensor; not modified
     * @param g       (input) g_t = ∂ℒ/∂X[i_t] of each sample; not modified
     * @param length  the number of samples
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
        for (int t = 0; t < length; t++) {
            tensor.checkIndices(indices, t * modes);
            if (tracked) {
                for (int d = 0; d < modes; d++) {
                    touched[d].add(indices[t * modes + d]);
                }
            }
        }
        double[] prefix = this.prefix;
        for (int t = 0; t < length; t++) {
            int base = t * modes;
            double gt = g[t];
            for (int r = 0; r < rank; r++) {
                // P_d = Π_{e<d} U_e[i_e, r]
                double p = 1.0;
                for (int d = 0; d < modes; d++) {
                    prefix[d] = p;
                    p *= tensor.factor(d)[indices[base + d] * rank + r];
                }
                // ∂ℒ/∂U_d[i_d, r] += g_t · P_d · S_d,  S_d = Π_{e>d} U_e[i_e, r]
                double s = 1.0;
                for (int d = modes - 1; d >= 0; d--) {
                    int at = indices[base + d] * rank + r;
                    gradients[d][at] += gt * (prefix[d] * s);
                    s *= tensor.factor(d)[at];
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
