package io.lrpg.core.policy;

import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import java.util.Objects;

/**
 * Everything that defines a {@link LowRankGaussianPolicy} apart from its parameter values.
 *
 * @param grid          the actor's grid (rows N, columns M)
 * @param rank          k &gt; 0
 * @param adam          the actor's Adam constants (one optimizer over L_μ, R_μ, log σ [, L_σ, R_σ])
 * @param adamMode      dense (reference) or row-sparse Adam for the factors
 * @param initScale     the standard deviation of the initial factor entries, finite, ≥ 0 (paper: 1)
 * @param meanTransform μ = f(z)
 * @param actionBounds  the clamp applied to sampled actions
 * @param stdMode       scalar or per-state log σ
 * @param initialLogStd the initial log σ, finite (paper: 1.0)
 */
public record LowRankPolicySettings(GridLayout grid, int rank, AdamSettings adam, AdamMode adamMode,
        double initScale, MeanTransform meanTransform, ActionBounds actionBounds, StdMode stdMode,
        double initialLogStd) {

    public LowRankPolicySettings {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(adam, "adam");
        Objects.requireNonNull(adamMode, "adamMode");
        Objects.requireNonNull(meanTransform, "meanTransform");
        Objects.requireNonNull(actionBounds, "actionBounds");
        Objects.requireNonNull(stdMode, "stdMode");
        if (rank <= 0) {
            throw new IllegalArgumentException("rank must be > 0, was " + rank);
        }
        if (!(initScale >= 0.0 && initScale < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("initScale must be finite and >= 0, was " + initScale);
        }
        if (!Double.isFinite(initialLogStd)) {
            throw new IllegalArgumentException("initialLogStd must be finite, was " + initialLogStd);
        }
    }
}
