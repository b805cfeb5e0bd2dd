package io.lrpg.core.tensor;

import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.discretize.Axis;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.policy.StdMode;
import java.util.List;
import java.util.Objects;

/**
 * The settings of a tensor agent: a CP (PARAFAC) Gaussian actor and a CP value critic (docs/paper.md §4.2), each
 * with one tensor mode per state dimension on its own grid, trained by the same
 * {@link io.lrpg.core.train.PolicyGradientTrainer} as the matrix model. Everything but the grids means what it
 * means in {@link LowRankSettings}: PyTorch's Adam constants (β₁ = 0.9, β₂ = 0.999, ε = 1e-8) with the two
 * learning rates and separate optimizer states, a scalar log σ trained by the actor's Adam, the same mean
 * transform and action bounds. (The matrix model's per-state σ has no tensor counterpart.)
 *
 * @param actorAxes          the actor's grid, one axis per state dimension in the observation's order; copied
 * @param criticAxes         the critic's grid, as many axes as the actor's; copied
 * @param rank               k &gt; 0, shared by actor and critic
 * @param actorLearningRate  α of the actor's Adam, finite, &gt; 0
 * @param criticLearningRate α of the critic's Adam, finite, &gt; 0
 * @param initScale          standard deviation of the initial factor entries, finite, ≥ 0
 * @param meanTransform      μ = f(z)
 * @param actionBounds       the policy-side clamp of samples
 * @param adamMode           dense or row-sparse Adam, for both models
 * @param initialLogStd      initial log σ, finite
 */
public record TensorSettings(List<Axis> actorAxes, List<Axis> criticAxes, int rank, double actorLearningRate,
        double criticLearningRate, double initScale, MeanTransform meanTransform, ActionBounds actionBounds,
        AdamMode adamMode, double initialLogStd) {

    public TensorSettings {
        actorAxes = checkAxes(actorAxes, rank, "actorAxes");
        criticAxes = checkAxes(criticAxes, rank, "criticAxes");
        if (actorAxes.size() != criticAxes.size()) {
            throw new IllegalArgumentException("actor and critic grids cover " + actorAxes.size() + " and "
                    + criticAxes.size() + " state dimensions");
        }
        Objects.requireNonNull(meanTransform, "meanTransform");
        Objects.requireNonNull(actionBounds, "actionBounds");
        Objects.requireNonNull(adamMode, "adamMode");
        AdamSettings.withLearningRate(actorLearningRate);  // validates
        AdamSettings.withLearningRate(criticLearningRate); // validates
        checkInitScale(initScale);
        if (!Double.isFinite(initialLogStd)) {
            throw new IllegalArgumentException("initialLogStd must be finite, was " + initialLogStd);
        }
    }

    /**
     * The tensor model on the axes of a matrix model's grids, with its rank, rates, initialization, transform,
     * bounds, Adam mode and initial log σ. When both grids group dimension 0 into rows and dimension 1 into
     * columns (D = 2, as the paper's pendulum), the tensor model is the matrix model (see {@link TensorAgent}).
     *
     * @throws IllegalArgumentException for a per-state σ, which the tensor model does not have
     */
    public static TensorSettings fromLowRank(LowRankSettings s) {
        if (s.stdMode() != StdMode.SCALAR) {
            throw new IllegalArgumentException("the tensor model has a scalar σ only, not " + s.stdMode());
        }
        return new TensorSettings(s.actorGrid().axes(), s.criticGrid().axes(), s.rank(), s.actorLearningRate(),
                s.criticLearningRate(), s.initScale(), s.meanTransform(), s.actionBounds(), s.adamMode(),
                s.initialLogStd());
    }

    /** This with another Adam mode. */
    public TensorSettings withAdamMode(AdamMode mode) {
        return new TensorSettings(actorAxes, criticAxes, rank, actorLearningRate, criticLearningRate, initScale,
                meanTransform, actionBounds, mode, initialLogStd);
    }

    /** The actor's settings. */
    public TensorPolicySettings actorSettings() {
        return new TensorPolicySettings(actorAxes, rank, AdamSettings.withLearningRate(actorLearningRate), adamMode,
                initScale, meanTransform, actionBounds, initialLogStd);
    }

    /** The critic's settings. */
    public TensorValueSettings criticSettings() {
        return new TensorValueSettings(criticAxes, rank, AdamSettings.withLearningRate(criticLearningRate), adamMode,
                initScale);
    }

    /** k·Σ_d n_d of the actor's mean (log σ not included). */
    public long actorMeanParameters() {
        return parameters(actorAxes, rank);
    }

    /** k·Σ_d n_d of the critic. */
    public long criticParameters() {
        return parameters(criticAxes, rank);
    }

    private static long parameters(List<Axis> axes, int rank) {
        long sum = 0;
        for (Axis axis : axes) {
            sum += axis.buckets();
        }
        return sum * rank;
    }

    /** The axes, copied; rejects an empty or null list, a rank ≤ 0 and k·Σ n_d beyond an int. */
    static List<Axis> checkAxes(List<Axis> axes, int rank, String name) {
        Objects.requireNonNull(axes, name);
        List<Axis> copy = List.copyOf(axes);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must hold at least one axis");
        }
        if (rank <= 0) {
            throw new IllegalArgumentException("rank must be > 0, was " + rank);
        }
        if (parameters(copy, rank) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("k·Σ n_d = " + parameters(copy, rank) + " parameters is too many");
        }
        return copy;
    }

    static void checkInitScale(double initScale) {
        if (!(initScale >= 0.0 && initScale < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("initScale must be finite and >= 0, was " + initScale);
        }
    }
}
