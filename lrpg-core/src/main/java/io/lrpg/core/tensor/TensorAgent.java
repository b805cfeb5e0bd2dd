package io.lrpg.core.tensor;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A tensor actor and critic built together from one {@link TensorSettings}, ready for
 * {@link io.lrpg.core.train.PolicyGradientTrainer} (which trains it exactly as it trains
 * {@link io.lrpg.core.agent.LowRankAgent}).
 *
 * <p>With two modes on grids that put state dimension 0 in the rows and 1 in the columns, the tensor agent is the
 * matrix agent: U₁ = L, U₂ = R, the same initialization draws in the same order, the same operations in the same
 * order, so the same bits for the same streams.
 *
 * @param actor  the CP Gaussian policy
 * @param critic the CP value baseline
 */
public record TensorAgent(TensorGaussianPolicy actor, TensorValueFunction critic) {

    public TensorAgent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(critic, "critic");
    }

    /**
     * Builds a freshly initialized agent. All parameters come from {@code initialization} (the run's
     * {@link io.lrpg.core.random.RandomStreams#initialization()} stream) in this order: the actor's U₁, …, U_D,
     * then the critic's U₁, …, U_D, each factor row by row, each entry {@code initScale · nextGaussian()}
     * ({@link CpTensor#gaussian}); log σ₀ = {@code initialLogStd} is not drawn.
     */
    public static TensorAgent create(TensorSettings settings, RandomGenerator initialization) {
        TensorGaussianPolicy actor = TensorGaussianPolicy.create(settings.actorSettings(), initialization);
        TensorValueFunction critic = TensorValueFunction.create(settings.criticSettings(), initialization);
        return new TensorAgent(actor, critic);
    }

    /** Actor plus critic parameters, log σ included. */
    public int parameterCount() {
        return actor.parameterCount() + critic.parameterCount();
    }
}
