package io.lrpg.nn;

import io.lrpg.core.policy.MeanTransform;
import java.util.Objects;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * The loss of the {@link FusedActorCritic}'s two-output layer: column 0 of the layer's output is the mean
 * network's pre-activation z_t, column 1 the value V_t, and per example t
 * <pre>
 *   ℓ_t = A_t · ( (a_t − μ_t)² / (2σ²) + ½ log σ² + ½ log 2π )  +  (V_t − G_t)²,   μ_t = f(z_t)
 *   ∂ℓ_t/∂z_t = −A_t (a_t − μ_t)/σ² · f'(z_t),    ∂ℓ_t/∂V_t = 2 (V_t − G_t)
 * </pre>
 * the sum of {@link GaussianPolicyLoss} and DL4J's one-column {@code LossMSE}. Each label row is
 * {@code [a_t, A_t, σ², G_t]} ({@link #LABEL_COLUMNS}). The layer's activation must be the identity: the
 * mean transform f (identity or sigmoid) is this loss's own setting, so that the two columns can differ.
 * Per example and in plain Java ({@link PerExampleLoss}); the updater divides by B.
 */
public final class ActorCriticLoss extends PerExampleLoss {

    /** Columns of a label row: action, advantage, variance, return. */
    public static final int LABEL_COLUMNS = 4;

    private static final long serialVersionUID = 1L;

    @JsonProperty("meanTransform")
    private final MeanTransform meanTransform;

    /** @param meanTransform f, applied to column 0 */
    @JsonCreator
    public ActorCriticLoss(@JsonProperty("meanTransform") MeanTransform meanTransform) {
        this.meanTransform = Objects.requireNonNull(meanTransform, "meanTransform");
    }

    @Override
    int outputs() {
        return 2;
    }

    @Override
    int labelColumns() {
        return LABEL_COLUMNS;
    }

    @Override
    String labelNames() {
        return "action, advantage, variance, return";
    }

    /** This loss's f; the layer's own activation must be the identity. */
    @Override
    MeanTransform meanTransform(IActivation activationFn) {
        if (!(activationFn instanceof ActivationIdentity)) {
            throw new IllegalArgumentException("the output layer's activation must be the identity, was "
                    + activationFn);
        }
        return meanTransform;
    }

    @Override
    double score(INDArray labels, INDArray preOutput, MeanTransform f, long t) {
        double e = preOutput.getDouble(t, 1) - labels.getDouble(t, 3);
        return GaussianPolicyLoss.score(labels, 0, preOutput, 0, f, t) + e * e;
    }

    @Override
    void gradient(INDArray labels, INDArray preOutput, MeanTransform f, long t, double[] out, int offset) {
        out[offset] = GaussianPolicyLoss.gradient(labels, 0, preOutput, 0, f, t);
        out[offset + 1] = 2.0 * (preOutput.getDouble(t, 1) - labels.getDouble(t, 3));
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
}
