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
 * for a scalar) take exactly the joint step of one optimizer over all of them. Each factor has its own
 * instance, whose moments sit at the factor's own offsets: the dense loop then reads parameters, gradient
 * and moments at one index, which the JIT vectorizes (with the moments of R behind those of L it did not, and
 * the step took about twice as long). Allocates nothing.
 */
public final class LowRankAdam {

    private final LowRankMatrix matrix;
    private final AdamMode mode;
    private final Adam denseLeft;        // dense mode: L's moments
    private final Adam denseRight;       // dense mode: R's moments
    private final SparseAdam sparseLeft;  // sparse mode: L's moments
    private final SparseAdam sparseRight; // sparse mode: R's moments

    /**
     * @param settings the constants (α, β₁, β₂, ε)
     * @param mode     dense (reference) or row-sparse
     * @param matrix   the matrix whose factors this optimizer updates in place
     */
    public LowRankAdam(AdamSettings settings, AdamMode mode, LowRankMatrix matrix) {
        this.matrix = matrix;
        this.mode = mode;
        int leftLength = matrix.rows() * matrix.rank();
        int rightLength = matrix.columns() * matrix.rank();
        boolean dense = mode == AdamMode.DENSE;
        this.denseLeft = dense ? new Adam(settings, leftLength) : null;
        this.denseRight = dense ? new Adam(settings, rightLength) : null;
        this.sparseLeft = dense ? null : new SparseAdam(settings, leftLength);
        this.sparseRight = dense ? null : new SparseAdam(settings, rightLength);
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
        return mode == AdamMode.DENSE ? denseLeft.steps() : sparseLeft.steps();
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
        if (mode == AdamMode.DENSE) {
            // θ ← Adam(θ, ∂ℒ/∂θ) over θ = vec L ‖ vec R, all (N + M)·k entries
            denseLeft.begin();
            denseLeft.update(l, 0, gradient.leftArray(), 0, 0, matrix.rows() * k);
            denseRight.begin();
            denseRight.update(r, 0, gradient.rightArray(), 0, 0, matrix.columns() * k);
        } else {
            // θ_row ← SparseAdam(θ_row, ∂ℒ/∂θ_row) for the touched rows of L and R only
            sparseLeft.begin();
            for (int n = 0; n < gradient.touchedLeftRows(); n++) {
                int i = gradient.touchedLeftRow(n) * k;
                sparseLeft.update(l, i, gradient.leftArray(), i, i, k);
            }
            sparseRight.begin();
            for (int n = 0; n < gradient.touchedRightRows(); n++) {
                int j = gradient.touchedRightRow(n) * k;
                sparseRight.update(r, j, gradient.rightArray(), j, j, k);
            }
        }
    }
}
