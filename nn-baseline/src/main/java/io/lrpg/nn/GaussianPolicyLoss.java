package io.lrpg.nn;

import io.lrpg.core.policy.MeanTransform;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The REINFORCE loss of a Gaussian policy with a network mean, for an {@code OutputLayer} with one output
 * whose activation f is the mean transform (identity or sigmoid): per example t,
 * <pre>
 *   ℓ_t = −A_t · log 𝒩(a_t; μ_t, σ²) = A_t · ( (a_t − μ_t)² / (2σ²) + ½ log σ² + ½ log 2π ),   μ_t = f(z_t)
 *   ∂ℓ_t/∂z_t = −A_t (a_t − μ_t)/σ² · f'(z_t)
 * </pre>
 * (z_t the layer's pre-activation). Each label row holds {@code [a_t, A_t, σ²]} ({@link #LABEL_COLUMNS};
 * σ² is the same in every row, the policy's variance when the update starts). σ is a constant here: the
 * policy trains log σ itself ({@link NeuralGaussianPolicy}). Per example and in plain Java
 * ({@link PerExampleLoss}); the updater divides by B.
 *
 * <p>Stateless (no fields), so every instance is equal and the JSON form of a configuration that holds it
 * is just its class name.
 */
public final class GaussianPolicyLoss extends PerExampleLoss {

    /** Columns of a label row: action, advantage, variance. */
    public static final int LABEL_COLUMNS = 3;

    private static final long serialVersionUID = 1L;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2.0 * Math.PI);

    public GaussianPolicyLoss() {
    }

    /** ℓ_t of a row whose z sits in column {@code column} and whose labels start at {@code first}. */
    static double score(INDArray labels, int first, INDArray preOutput, int column, MeanTransform f, long t) {
        double d = labels.getDouble(t, first) - f.apply(preOutput.getDouble(t, column));
        double variance = labels.getDouble(t, first + 2);
        return labels.getDouble(t, first + 1)
                * (d * d / (2.0 * variance) + 0.5 * Math.log(variance) + HALF_LOG_TWO_PI);
    }

    /** ∂ℓ_t/∂z_t of a row laid out as in {@link #score(INDArray, int, INDArray, int, MeanTransform, long)}. */
    static double gradient(INDArray labels, int first, INDArray preOutput, int column, MeanTransform f, long t) {
        double z = preOutput.getDouble(t, column);
        double a = labels.getDouble(t, first);
        return -labels.getDouble(t, first + 1) * (a - f.apply(z)) / labels.getDouble(t, first + 2) * f.derivative(z);
    }

    @Override
    int outputs() {
        return 1;
    }

    @Override
    int labelColumns() {
        return LABEL_COLUMNS;
    }

    @Override
    String labelNames() {
        return "action, advantage, variance";
    }

    /** The output layer applies f: identity or sigmoid. */
    @Override
    MeanTransform meanTransform(IActivation activationFn) {
        if (activationFn instanceof ActivationIdentity) {
            return MeanTransform.IDENTITY;
        }
        if (activationFn instanceof ActivationSigmoid) {
            return MeanTransform.SIGMOID;
        }
        throw new IllegalArgumentException("the mean's activation must be the identity or the sigmoid, was "
                + activationFn);
    }

    @Override
    double score(INDArray labels, INDArray preOutput, MeanTransform f, long t) {
        return score(labels, 0, preOutput, 0, f, t);
    }

    @Override
    void gradient(INDArray labels, INDArray preOutput, MeanTransform f, long t, double[] out, int offset) {
        out[offset] = gradient(labels, 0, preOutput, 0, f, t);
    }

    @Override
    public String name() {
        return "GaussianPolicyLoss";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GaussianPolicyLoss;
    }

    @Override
    public int hashCode() {
        return GaussianPolicyLoss.class.hashCode();
    }
}
