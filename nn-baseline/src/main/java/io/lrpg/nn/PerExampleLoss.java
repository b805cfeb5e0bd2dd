package io.lrpg.nn;

import io.lrpg.core.policy.MeanTransform;
import java.util.Arrays;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A DL4J {@link ILossFunction} written as plain Java per example: a subclass gives the score ℓ_t and the
 * gradient ∂ℓ_t/∂z_t of one row from the output layer's pre-activation z_t (B × {@link #outputs()}) and
 * the label row (B × {@link #labelColumns()}); this class loops over the rows, reads the arrays with
 * indexed access and returns the gradient as one new array.
 *
 * <p>At the paper's sizes ND4J's fixed cost per operation (tens of microseconds) dominates a network update,
 * and a loss written with ND4J operations takes a dozen of them per step; this takes two. The gradient is per
 * example, <em>not</em> divided by the batch size B: like DL4J's own losses it leaves that to the updater
 * ({@code miniBatch = true}), so a step is one on the mean loss (1/B) Σ_t ℓ_t. Masks are not supported.
 * Subclasses hold no state other than their configuration.
 */
abstract class PerExampleLoss implements ILossFunction {

    private static final long serialVersionUID = 1L;

    /** The output layer's width K. */
    abstract int outputs();

    /** Columns of a label row. */
    abstract int labelColumns();

    /** What the label columns hold, for error messages. */
    abstract String labelNames();

    /** The mean transform f this loss applies to z, given the output layer's activation (checked). */
    abstract MeanTransform meanTransform(IActivation activationFn);

    /** ℓ_t. */
    abstract double score(INDArray labels, INDArray preOutput, MeanTransform f, long t);

    /** ∂ℓ_t/∂z_t into {@code out[offset … offset + K)}. */
    abstract void gradient(INDArray labels, INDArray preOutput, MeanTransform f, long t, double[] out, int offset);

    @Override
    public final double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
            boolean average) {
        MeanTransform f = check(labels, preOutput, activationFn, mask);
        double sum = 0.0;
        for (long t = 0; t < preOutput.size(0); t++) {
            sum += score(labels, preOutput, f, t);
        }
        return average ? sum / preOutput.size(0) : sum;
    }

    /** ℓ_t per example, shape [B, 1]. */
    @Override
    public final INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn,
            INDArray mask) {
        MeanTransform f = check(labels, preOutput, activationFn, mask);
        int rows = (int) preOutput.size(0);
        double[] score = new double[rows];
        for (int t = 0; t < rows; t++) {
            score[t] = score(labels, preOutput, f, t);
        }
        return Nd4j.create(score, new long[] {rows, 1}, 'c');
    }

    /** ∂ℓ_t/∂z_t per example (not divided by B), shape [B, K]. */
    @Override
    public final INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn,
            INDArray mask) {
        MeanTransform f = check(labels, preOutput, activationFn, mask);
        int rows = (int) preOutput.size(0);
        int k = outputs();
        double[] gradient = new double[rows * k];
        for (int t = 0; t < rows; t++) {
            gradient(labels, preOutput, f, t, gradient, t * k);
        }
        return Nd4j.create(gradient, new long[] {rows, k}, 'c');
    }

    @Override
    public final Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
            IActivation activationFn, INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String toString() {
        return name() + "()";
    }

    private MeanTransform check(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        if (preOutput.rank() != 2 || preOutput.size(1) != outputs() || preOutput.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("expected float64 outputs of shape [B, " + outputs() + "], got "
                    + preOutput.dataType() + " " + Arrays.toString(preOutput.shape()));
        }
        if (labels.rank() != 2 || labels.size(0) != preOutput.size(0) || labels.size(1) != labelColumns()) {
            throw new IllegalArgumentException("expected labels of shape [" + preOutput.size(0) + ", "
                    + labelColumns() + "] (" + labelNames() + "), got " + Arrays.toString(labels.shape()));
        }
        if (mask != null) {
            throw new IllegalArgumentException(name() + " does not support masks");
        }
        return meanTransform(activationFn);
    }
}
