package io.lrpg.nn;

import java.util.Arrays;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.LossUtil;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The REINFORCE loss of a Gaussian policy with a network mean, as a DL4J {@link ILossFunction} for an
 * {@code OutputLayer} with one output: per example t,
 * <pre>
 *   ℓ_t = −A_t · log 𝒩(a_t; μ_t, σ²) = A_t · ( (a_t − μ_t)² / (2σ²) + ½ log σ² + ½ log 2π ),
 *   μ_t = f(z_t)   (f the output layer's activation, z_t its pre-activation)
 * </pre>
 * Each row of the labels holds {@code [a_t, A_t, σ²]} ({@link #LABEL_COLUMNS} columns; σ² is the same in
 * every row, the policy's variance when the update starts). σ is a constant here: the policy trains log σ
 * itself ({@link NeuralGaussianPolicy}).
 *
 * <p>{@link #computeGradient} returns the per-example ∂ℓ_t/∂z_t = −A_t (a_t − μ_t)/σ² · f'(z_t), <em>not</em>
 * divided by the minibatch size B: like DL4J's own losses it leaves that to the updater, which divides the
 * summed gradient by B when the configuration's {@code miniBatch} is true (the default). The update is
 * therefore one on the mean loss (1/B) Σ_t ℓ_t. {@link #computeScore} with {@code average = true} is that
 * mean too.
 *
 * <p>Stateless (no fields), so every instance is equal and the JSON form of a configuration that holds it
 * is just its class name.
 */
public final class GaussianPolicyLoss implements ILossFunction {

    /** Columns of a label row: action, advantage, variance. */
    public static final int LABEL_COLUMNS = 3;

    private static final long serialVersionUID = 1L;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);

    public GaussianPolicyLoss() {
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
            boolean average) {
        double sum = computeScoreArray(labels, preOutput, activationFn, mask).sumNumber().doubleValue();
        return average ? sum / preOutput.size(0) : sum;
    }

    /** ℓ_t per example, shape [B, 1]. */
    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        check(labels, preOutput);
        INDArray mu = activationFn.getActivation(preOutput.dup(), true);
        INDArray variance = labels.getColumn(2, true);
        INDArray d = labels.getColumn(0, true).sub(mu);
        // (d²/(2σ²) + ½ log σ² + ½ log 2π) · A
        INDArray score = d.muli(d).divi(variance).muli(0.5)
                .addi(Transforms.log(variance, true).muli(0.5))
                .addi(HALF_LOG_TWO_PI)
                .muli(labels.getColumn(1, true));
        if (mask != null) {
            LossUtil.applyMask(score, mask);
        }
        return score;
    }

    /** ∂ℓ_t/∂z_t = −A_t (a_t − μ_t)/σ² · f'(z_t) per example (not divided by B), shape [B, 1]. */
    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        check(labels, preOutput);
        INDArray mu = activationFn.getActivation(preOutput.dup(), true);
        // ∂ℓ/∂μ = −A (a − μ) / σ²
        INDArray dLdMu = labels.getColumn(0, true).sub(mu)
                .muli(labels.getColumn(1, true))
                .divi(labels.getColumn(2, true))
                .negi();
        INDArray gradient = activationFn.backprop(preOutput.dup(), dLdMu).getFirst();
        if (mask != null) {
            LossUtil.applyMask(gradient, mask);
        }
        return gradient;
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
            IActivation activationFn, INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String name() {
        return "GaussianPolicyLoss";
    }

    @Override
    public String toString() {
        return name() + "()";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GaussianPolicyLoss;
    }

    @Override
    public int hashCode() {
        return GaussianPolicyLoss.class.hashCode();
    }

    private static void check(INDArray labels, INDArray preOutput) {
        if (preOutput.rank() != 2 || preOutput.size(1) != 1) {
            throw new IllegalArgumentException("expected one output per example, got shape "
                    + Arrays.toString(preOutput.shape()));
        }
        if (labels.rank() != 2 || labels.size(0) != preOutput.size(0) || labels.size(1) != LABEL_COLUMNS) {
            throw new IllegalArgumentException("expected labels of shape [" + preOutput.size(0) + ", "
                    + LABEL_COLUMNS + "] (action, advantage, variance), got "
                    + Arrays.toString(labels.shape()));
        }
    }
}
