package io.lrpg.core.tensor;

import io.lrpg.core.optim.Adam;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.optim.RowTracking;
import io.lrpg.core.optim.SparseAdam;

/**
 * One Adam optimizer over all factors U₁, …, U_D of one {@link CpTensor}, in the chosen {@link AdamMode}, exactly
 * as {@link io.lrpg.core.lowrank.LowRankAdam} is for the two factors of a matrix:
 * <ul>
 *   <li>{@link AdamMode#DENSE}: {@link Adam} over the k·Σ n_d entries θ = vec U₁ ‖ … ‖ vec U_D, every entry every
 *       step. O(k·Σ n_d) per step.</li>
 *   <li>{@link AdamMode#SPARSE}: {@link SparseAdam} over the rows of each U_d that the gradient touched.
 *       O(rows touched · k) per step, independent of the grid size.</li>
 * </ul>
 * Adam acts entry by entry, so this optimizer stepped together with one for a scalar (log σ) takes exactly the
 * joint step of one optimizer over all of them; for the same reason each factor has its own instance, whose moments
 * sit at the factor's own offsets so that the JIT vectorizes the dense loop (see {@link
 * io.lrpg.core.lowrank.LowRankAdam}). Allocates nothing.
 */
public final class CpAdam {

    private final CpTensor tensor;
    private final AdamMode mode;
    private final Adam[] dense;        // dense mode: U_d's moments, one optimizer per factor
    private final SparseAdam[] sparse; // sparse mode: likewise

    /**
     * @param settings the constants (α, β₁, β₂, ε)
     * @param mode     dense (reference) or row-sparse
     * @param tensor   the tensor whose factors this optimizer updates in place
     */
    public CpAdam(AdamSettings settings, AdamMode mode, CpTensor tensor) {
        this.tensor = tensor;
        this.mode = mode;
        boolean isDense = mode == AdamMode.DENSE;
        this.dense = isDense ? new Adam[tensor.modes()] : null;
        this.sparse = isDense ? null : new SparseAdam[tensor.modes()];
        for (int d = 0; d < tensor.modes(); d++) {
            int entries = tensor.size(d) * tensor.rank();
            if (isDense) {
                dense[d] = new Adam(settings, entries);
            } else {
                sparse[d] = new SparseAdam(settings, entries);
            }
        }
    }

    /** A zero gradient for this optimizer's tensor, tracking its touched rows only if this mode needs them. */
    public CpGradient newGradient() {
        return new CpGradient(tensor, RowTracking.neededBy(mode));
    }

    /** The mode. */
    public AdamMode mode() {
        return mode;
    }

    /** The number of steps taken. */
    public long steps() {
        return mode == AdamMode.DENSE ? dense[0].steps() : sparse[0].steps();
    }

    /**
     * Takes one step: all factors move jointly against {@code gradient}, computed at their current values.
     *
     * @param gradient (input) ∂ℒ/∂U_d for every d; not modified
     */
    public void step(CpGradient gradient) {
        int k = tensor.rank();
        if (mode == AdamMode.DENSE) {
            // θ ← Adam(θ, ∂ℒ/∂θ) over θ = vec U₁ ‖ … ‖ vec U_D, all k·Σ n_d entries
            for (int d = 0; d < tensor.modes(); d++) {
                dense[d].begin();
                dense[d].update(tensor.factor(d), 0, gradient.array(d), 0, 0, tensor.size(d) * k);
            }
        } else {
            // U_d[i, :] ← SparseAdam(U_d[i, :], ∂ℒ/∂U_d[i, :]) for the touched rows i of every mode only
            for (int d = 0; d < tensor.modes(); d++) {
                double[] factor = tensor.factor(d);
                double[] g = gradient.array(d);
                sparse[d].begin();
                for (int n = 0; n < gradient.touchedRows(d); n++) {
                    int i = gradient.touchedRow(d, n) * k;
                    sparse[d].update(factor, i, g, i, i, k);
                }
            }
        }
    }
}
