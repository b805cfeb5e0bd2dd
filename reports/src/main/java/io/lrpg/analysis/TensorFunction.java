package io.lrpg.analysis;

import io.lrpg.core.discretize.ModeIndexer;
import io.lrpg.core.tensor.CpTensor;
import java.util.Objects;

/**
 * A tensor model's entry at the state's per-mode indices, evaluated by the core classes the model itself uses:
 * <pre>
 *   z(s) = X[i₁(s), …, i_D(s)] = Σ_r Π_d U_d[i_d(s), r]
 * </pre>
 * with the indices from the model's {@link ModeIndexer} and the sum from {@link CpTensor#get}: exactly what the
 * tensor policy feeds to its transform and what the tensor value function returns. Not thread-safe (one index
 * buffer); the study evaluates one function per thread.
 *
 * @param tensor  the factors U_d
 * @param indexer the model's per-mode indexer
 * @param indices scratch for the D indices of one state
 */
public record TensorFunction(CpTensor tensor, ModeIndexer indexer, int[] indices) implements StateFunction {

    public TensorFunction {
        Objects.requireNonNull(tensor, "tensor");
        Objects.requireNonNull(indexer, "indexer");
        if (!java.util.Arrays.equals(tensor.sizes(), indexer.sizes())) {
            throw new IllegalArgumentException("a tensor of modes " + java.util.Arrays.toString(tensor.sizes())
                    + " on axes of " + java.util.Arrays.toString(indexer.sizes()) + " points");
        }
    }

    /** The function of {@code tensor} on the axes of {@code indexer}. */
    public TensorFunction(CpTensor tensor, ModeIndexer indexer) {
        this(tensor, indexer, new int[indexer.modes()]);
    }

    @Override
    public double at(double[] state) {
        indexer.indices(state, indices, 0);
        return tensor.get(indices, 0);
    }
}
