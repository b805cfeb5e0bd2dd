package io.lrpg.core.tensor;

import io.lrpg.core.discretize.Axis;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
import java.util.List;
import java.util.Objects;

/**
 * Everything that defines a {@link TensorGaussianPolicy} apart from its parameter values.
 *
 * @param axes          the actor's grid: one axis per state dimension, one tensor mode each (n_d = its buckets);
 *                      copied
 * @param rank          k &gt; 0
 * @param adam          the actor's Adam constants (one optimizer over U₁, …, U_D and log σ)
 * @param adamMode      dense (reference semantics) or row-sparse Adam for the factors
 * @param initScale     the standard deviation of the initial factor entries, finite, ≥ 0
 * @param meanTransform μ = f(z)
 * @param actionBounds  the clamp applied to sampled actions
 * @param initialLogStd the initial log σ, finite
 */
public record TensorPolicySettings(List<Axis> axes, int rank, AdamSettings adam, AdamMode adamMode, double initScale,
        MeanTransform meanTransform, ActionBounds actionBounds, double initialLogStd) {

    public TensorPolicySettings {
        axes = TensorSettings.checkAxes(axes, rank, "axes");
        Objects.requireNonNull(adam, "adam");
        Objects.requireNonNull(adamMode, "adamMode");
        Objects.requireNonNull(meanTransform, "meanTransform");
        Objects.requireNonNull(actionBounds, "actionBounds");
        TensorSettings.checkInitScale(initScale);
        if (!Double.isFinite(initialLogStd)) {
            throw new IllegalArgumentException("initialLogStd must be finite, was " + initialLogStd);
        }
    }
}
