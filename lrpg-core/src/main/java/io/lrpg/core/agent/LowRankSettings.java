package io.lrpg.core.agent;

import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.LowRankPolicySettings;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.policy.StdMode;
import io.lrpg.core.value.LowRankValueSettings;
import java.util.Objects;

/**
 * The settings of an LRPG agent: a low-rank Gaussian actor and a low-rank value critic, each on its
 * own grid (docs/paper.md §2.1). Both use PyTorch's Adam constants (β₁ = 0.9, β₂ = 0.999, ε = 1e-8) with their
 * own learning rates and separate optimizer states.
 *
 * @param actorGrid          the actor's grid (N×M)
 * @param criticGrid         the critic's grid (N'×M'), independent of the actor's (docs/paper.md §5 A7)
 * @param rank               k &gt; 0, shared by actor and critic as in the paper (the per-model records
 *                           {@link #actorSettings()} and {@link #criticSettings()} allow different ranks)
 * @param actorLearningRate  α of the actor's Adam, finite, &gt; 0
 * @param criticLearningRate α of the critic's Adam, finite, &gt; 0
 * @param initScale          standard deviation of the initial factor entries, finite, ≥ 0 (paper: 1)
 * @param meanTransform      μ = f(z): {@link MeanTransform#IDENTITY} or {@link MeanTransform#SIGMOID}
 * @param actionBounds       the policy-side clamp ({@link ActionBounds#UNBOUNDED} or e.g.
 *                           {@link ActionBounds#UNIT})
 * @param stdMode            scalar (reference) or per-state log σ
 * @param adamMode           dense (reference) or row-sparse Adam, for both models
 * @param initialLogStd      initial log σ, finite (paper: 1.0)
 */
public record LowRankSettings(GridLayout actorGrid, GridLayout criticGrid, int rank, double actorLearningRate,
        double criticLearningRate, double initScale, MeanTransform meanTransform, ActionBounds actionBounds,
        StdMode stdMode, AdamMode adamMode, double initialLogStd) {

    /** The paper's initialization scale. */
    public static final double PAPER_INIT_SCALE = 1.0;

    /** The paper's initial log σ. */
    public static final double PAPER_INITIAL_LOG_STD = 1.0;

    public LowRankSettings {
        Objects.requireNonNull(actorGrid, "actorGrid");
        Objects.requireNonNull(criticGrid, "criticGrid");
        Objects.requireNonNull(meanTransform, "meanTransform");
        Objects.requireNonNull(actionBounds, "actionBounds");
        Objects.requireNonNull(stdMode, "stdMode");
        Objects.requireNonNull(adamMode, "adamMode");
        if (rank <= 0) {
            throw new IllegalArgumentException("rank must be > 0, was " + rank);
        }
        if (actorGrid.stateDimension() != criticGrid.stateDimension()) {
            throw new IllegalArgumentException("actor and critic grids cover " + actorGrid.stateDimension()
                    + " and " + criticGrid.stateDimension() + " state dimensions");
        }
        // the fields are not assigned yet, so validate through the parameters: the learning rates by
        // AdamSettings, the rest by the per-model records
        new LowRankPolicySettings(actorGrid, rank, AdamSettings.withLearningRate(actorLearningRate), adamMode,
                initScale, meanTransform, actionBounds, stdMode, initialLogStd);
        new LowRankValueSettings(criticGrid, rank, AdamSettings.withLearningRate(criticLearningRate), adamMode,
                initScale);
    }

    /**
     * The reference configuration for the given grids, rank, rates, transform and bounds: scale-1
     * initialization, scalar log σ starting at 1.0, dense Adam.
     */
    public static LowRankSettings paper(GridLayout actorGrid, GridLayout criticGrid, int rank,
            double actorLearningRate, double criticLearningRate, MeanTransform meanTransform,
            ActionBounds actionBounds) {
        return new LowRankSettings(actorGrid, criticGrid, rank, actorLearningRate, criticLearningRate,
                PAPER_INIT_SCALE, meanTransform, actionBounds, StdMode.SCALAR, AdamMode.DENSE, PAPER_INITIAL_LOG_STD);
    }

    /** This with another Adam mode. */
    public LowRankSettings withAdamMode(AdamMode mode) {
        return new LowRankSettings(actorGrid, criticGrid, rank, actorLearningRate, criticLearningRate, initScale,
                meanTransform, actionBounds, stdMode, mode, initialLogStd);
    }

    /** This with another σ mode. */
    public LowRankSettings withStdMode(StdMode mode) {
        return new LowRankSettings(actorGrid, criticGrid, rank, actorLearningRate, criticLearningRate, initScale,
                meanTransform, actionBounds, mode, adamMode, initialLogStd);
    }

    /** The actor's settings. */
    public LowRankPolicySettings actorSettings() {
        return new LowRankPolicySettings(actorGrid, rank, AdamSettings.withLearningRate(actorLearningRate), adamMode,
                initScale, meanTransform, actionBounds, stdMode, initialLogStd);
    }

    /** The critic's settings. */
    public LowRankValueSettings criticSettings() {
        return new LowRankValueSettings(criticGrid, rank, AdamSettings.withLearningRate(criticLearningRate),
                adamMode, initScale);
    }
}
