package io.lrpg.nn;

import io.lrpg.core.policy.MeanTransform;
import java.util.Arrays;
import java.util.Objects;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * The loss of the {@link FusedActorCritic}'s two-output layer, as a DL4J {@link ILossFunction}: column 0 of
 * the layer's output is the mean network's pre-activation z_t, column 1 the value V_t, and per example t
 * <pre>
 *   ℓ_t = A_t · ( (a_t − μ_t)² / (2σ²) + ½ log σ² + ½ log 2π )  +  (V_t − G_t)²,   μ_t = f(z_t)
 *   ∂ℓ_t/∂z_t = −A_t (a_t − μ_t)/σ² · f'(z_t),    ∂ℓ_t/∂V_t = 2 (V_t − G_t)
 * </pre>
 * the sum of {@link GaussianPolicyLoss} and DL4J's one-column {@code LossMSE}. Each label row is
 * {@code [a_t, A_t, σ², G_t]} ({@link #LABEL_COLUMNS}). The layer's activation must be the identity: the
 * mean transform f (identity or sigmoid) is applied here, so that the two columns can differ.
 *
 * <p>The gradient is per example, not divided by the batch size B (the updater does that,
 * {@code miniBatch = true}). Both the gradient and the score are computed in plain Java from the B × 2
 * pre-output (a handful of ND4J calls instead of a dozen per step: ND4J's fixed cost per operation, tens of
 * microseconds, dominates at these sizes).
 */
public final class ActorCriticLoss implements ILossFunction {

    /** Columns of a label row: action, advantage, variance, return. */
    public static final int LABEL_COLUMNS = 4;

    private static final long serialVersionUID = 1L;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);

    @JsonProperty("meanTransform")
    private final MeanTransform meanTransform;

    /** @param meanTransform f, applied to column 0 */
    @JsonCreator
    public ActorCriticLoss(@JsonProperty("meanTransform") MeanTransform meanTransform) {
        this.meanTransform = Objects.requireNonNull(meanTransform, "meanTransform");
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
            boolean average) {
        check(labels, preOutput, activationFn, mask);
        double sum = 0.0;
        for (int t = 0; t < preOutput.size(0); t++) {
            sum += score(labels, preOutput, t);
        }
        return average ? sum / preOutput.size(0) : sum;
    }

    /** ℓ_t per example, shape [B, 1]. */
    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        check(labels, preOutput, activationFn, mask);
        int rows = (int) preOutput.size(0);
        double[] score = new double[rows];
        for (int t = 0; t < rows; t++) {
            score[t] = score(labels, preOutput, t);
        }
        return Nd4j.create(score, new long[] {rows, 1}, 'c');
    }

    /** [∂ℓ_t/∂z_t, ∂ℓ_t/∂V_t] per example (not divided by B), shape [B, 2]. */
    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        check(labels, preOutput, activationFn, mask);
        int rows = (int) preOutput.size(0);
        double[] gradient = new double[2 * rows];
        for (int t = 0; t < rows; t++) {
            double z = preOutput.getDouble(t, 0);
            double a = labels.getDouble(t, 0);
            double advantage = labels.getDouble(t, 1);
            double variance = labels.getDouble(t, 2);
            gradient[2 * t] = -advantage * (a - meanTransform.apply(z)) / variance * meanTransform.derivative(z);
            gradient[2 * t + 1] = 2.0 * (preOutput.getDouble(t, 1) - labels.getDouble(t, 3));
        }
        return Nd4j.create(gradient, new long[] {rows, 2}, 'c');
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
            IActivation activationFn, INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String name() {
        return "ActorCriticLoss";
    }

    @Override
    public String toString() {
        return name() + "(" + meanTransform + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActorCriticLoss loss && loss.meanTransform == meanTransform;
    }

    @Override
    public int hashCode() {
        return meanTransform.hashCode();
    }

    private double score(INDArray labels, INDArray preOutput, int t) {
        double d = labels.getDouble(t, 0) - meanTransform.apply(preOutput.getDouble(t, 0));
        double variance = labels.getDouble(t, 2);
        double e = preOutput.getDouble(t, 1) - labels.getDouble(t, 3);
        return labels.getDouble(t, 1) * (d * d / (2.0 * variance) + 0.5 * Math.log(variance) + HALF_LOG_TWO_PI)
                + e * e;
    }

    private static void check(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        if (preOutput.rank() != 2 || preOutput.size(1) != 2 || preOutput.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("expected float64 outputs of shape [B, 2], got "
                    + preOutput.dataType() + " " + Arrays.toString(preOutput.shape()));
        }
        if (labels.rank() != 2 || labels.size(0) != preOutput.size(0) || labels.size(1) != LABEL_COLUMNS) {
            throw new IllegalArgumentException("expected labels of shape [" + preOutput.size(0) + ", "
                    + LABEL_COLUMNS + "] (action, advantage, variance, return), got "
                    + Arrays.toString(labels.shape()));
        }
        if (!(activationFn instanceof ActivationIdentity)) {
            throw new IllegalArgumentException("the output layer's activation must be the identity, was "
                    + activationFn);
        }
        if (mask != null) {
            throw new IllegalArgumentException("masks are not supported");
        }
    }
}
