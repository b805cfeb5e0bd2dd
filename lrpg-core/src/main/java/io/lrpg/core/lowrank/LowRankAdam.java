package io.lrpg.core.lowrank;

import io.lrpg.core.optim.Adam;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.optim.RowTracking;
import io.lrpg.core.optim.SparseAdam;

/**
 * One Adam optimizer over both factors (L, R) of one {@link LowRankMatrix}, in the chosen
 * {@link AdamMode}.
 *
 * <ul>
 *   <li>{@link AdamMode#DENSE}: {@link Adam} over the (N + M)·k entries, every entry every step, as the
 *       reference does. O((N + M)·k) per step.</li>
 *   <li>{@link AdamMode#SPARSE}: {@link SparseAdam} over the rows of L and R that the gradient touched.
 *       O(rows touched · k) per step.</li>
 * </ul>
 * Adam acts entry by entry, so several instances stepped together (one per matrix of a model, plus one
 * for a scalar) take exactly the joint step of one optimizer over all of them. Allocates nothing.
 */
public final class LowRankAdam {

    private final LowRankMatrix matrix;
    private final AdamMode mode;
    private final Adam dense;
    private final SparseAdam sparse;

    /**
     * @param settings the constants (α, β₁, β₂, ε)
     * @param mode     dense (reference) or row-sparse
     * @param matrix   the matrix whose factors this optimizer updates in place
     */
    public LowRankAdam(AdamSettings settings, AdamMode mode, LowRankMatrix matrix) {
        this.matrix = matrix;
        this.mode = mode;
        this.dense = mode == AdamMode.DENSE ? new Adam(settings, matrix.parameterCount()) : null;
        this.sparse = mode == AdamMode.SPARSE ? new SparseAdam(settings, matrix.parameterCount()) : null;
    }

    /**
     * A zero gradient for this optimizer's matrix that tracks its touched rows only if this optimizer needs
     * them: {@link RowTracking#TRACKED} for {@link AdamMode#SPARSE}, {@link RowTracking#UNTRACKED} for
     * {@link AdamMode#DENSE} (whose step visits every entry anyway).
     */
    public LowRankGradient newGradient() {
        return new LowRankGradient(matrix, RowTracking.neededBy(mode));
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
     * Takes one step: L and R move jointly against {@code gradient}, computed at their current values.
     *
     * @param gradient (input) ∂ℒ/∂L and ∂ℒ/∂R; not modified
     */
    public void step(LowRankGradient gradient) {
        int k = matrix.rank();
        double[] l = matrix.left().data;
        double[] r = matrix.right().data;
        int leftLength = matrix.rows() * k;
        if (mode == AdamMode.DENSE) {
            // θ ← Adam(θ, ∂ℒ/∂θ) over θ = vec L ‖ vec R, all (N + M)·k entries
            dense.begin();
            dense.update(l, 0, gradient.leftArray(), 0, 0, leftLength);
            dense.update(r, 0, gradient.rightArray(), 0, leftLength, matrix.columns() * k);
        } else {
            // θ_row ← SparseAdam(θ_row, ∂ℒ/∂θ_row) for the touched rows of L and R only
            sparse.begin();
            for (int n = 0; n < gradient.touchedLeftRows(); n++) {
                int i = gradient.touchedLeftRow(n) * k;
                sparse.update(l, i, gradient.leftArray(), i, i, k);
            }
            for (int n = 0; n < gradient.touchedRightRows(); n++) {
                int j = gradient.touchedRightRow(n) * k;
                sparse.update(r, j, gradient.rightArray(), j, leftLength + j, k);
            }
        }
    }
}
