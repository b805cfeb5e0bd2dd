package io.lrpg.analysis;

import io.lrpg.core.discretize.StateIndexer;
import io.lrpg.core.lowrank.LowRankMatrix;
import java.util.Objects;

/**
 * A low-rank model's entry at the state's cell, evaluated by the core classes the model itself uses:
 * <pre>
 *   z(s) = [L Rᵀ]_{i(s), j(s)} = Σ_r L[i(s), r] R[j(s), r]
 * </pre>
 * with (i, j) from the model grid's {@link StateIndexer} and the product from {@link LowRankMatrix#get}: exactly
 * what {@code LowRankGaussianPolicy.mean} feeds to its transform, and what {@code LowRankValueFunction.value}
 * returns.
 *
 * @param matrix  the factors L, R
 * @param indexer the model grid's indexer
 */
public record LowRankFunction(LowRankMatrix matrix, StateIndexer indexer) implements StateFunction {

    public LowRankFunction {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(indexer, "indexer");
        if (matrix.rows() != indexer.rows() || matrix.columns() != indexer.columns()) {
            throw new IllegalArgumentException("a " + matrix.rows() + "×" + matrix.columns()
                    + " matrix on a grid of " + indexer.rows() + "×" + indexer.columns() + " cells");
        }
    }

    @Override
    public double at(double[] state) {
        return matrix.get(indexer.row(state), indexer.column(state));
    }
}
