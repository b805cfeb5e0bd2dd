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
 * joint step of one optimizer over all of them. Allocates nothing.
 */
public final class CpAdam {

    private final CpTensor tensor;
    private final AdamMode mode;
    private final Adam dense;
    private final SparseAdam sparse;
    private final int[] momentStart; // offset of U_d's entries in θ

    /**
     * @param settings the constants (α, β₁, β₂, ε)
     * @param mode     dense (reference) or row-sparse
     * @param tensor   the tensor whose factors this optimizer updates in place
     */
    public CpAdam(AdamSettings settings, AdamMode mode, CpTensor tensor) {
        this.tensor = tensor;
        this.mode = mode;
        this.dense = mode == AdamMode.DENSE ? new Adam(settings, tensor.parameterCount()) : null;
        this.sparse = mode == AdamMode.SPARSE ? new SparseAdam(settings, tensor.parameterCount()) : null;
        this.momentStart = new int[tensor.modes()];
        for (int d = 1; d < tensor.modes(); d++) {
            momentStart[d] = momentStart[d - 1] + tensor.size(d - 1) * tensor.rank();
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
        return mode == AdamMode.DENSE ? dense.steps() : sparse.steps();
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
            dense.begin();
            for (int d = 0; d < tensor.modes(); d++) {
                dense.update(tensor.factor(d), 0, gradient.array(d), 0, momentStart[d], tensor.size(d) * k);
            }
        } else {
            // U_d[i, :] ← SparseAdam(U_d[i, :], ∂ℒ/∂U_d[i, :]) for the touched rows i of every mode only
            sparse.begin();
            for (int d = 0; d < tensor.modes(); d++) {
                double[] factor = tensor.factor(d);
                double[] g = gradient.array(d);
                for (int n = 0; n < gradient.touchedRows(d); n++) {
                    int i = gradient.touchedRow(d, n) * k;
                    sparse.update(factor, i, g, i, momentStart[d] + i, k);
                }
            }
        }
    }
}
