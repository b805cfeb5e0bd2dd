package io.lrpg.core.agent;

import io.lrpg.core.policy.LowRankGaussianPolicy;
import io.lrpg.core.value.LowRankValueFunction;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An LRPG actor and critic built together from one {@link LowRankSettings}, ready for
 * {@link io.lrpg.core.train.PolicyGradientTrainer}.
 *
 * @param actor  the low-rank Gaussian policy
 * @param critic the low-rank value baseline
 */
public record LowRankAgent(LowRankGaussianPolicy actor, LowRankValueFunction critic) {

    public LowRankAgent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(critic, "critic");
    }

    /**
     * Builds a freshly initialized agent. All parameters come from {@code initialization} (the run's
     * {@link io.lrpg.core.random.RandomStreams#initialization()} stream) in this order: actor L_μ, actor R_μ,
     * [actor L_σ in the per-state mode], critic L_V, critic R_V, each row by row, each entry
     * {@code initScale · nextGaussian()}.
     */
    public static LowRankAgent create(LowRankSettings settings, RandomGenerator initialization) {
        LowRankGaussianPolicy actor = LowRankGaussianPolicy.create(settings.actorSettings(), initialization);
        LowRankValueFunction critic = LowRankValueFunction.create(settings.criticSettings(), initialization);
        return new LowRankAgent(actor, critic);
    }

    /** Actor plus critic parameters, log σ included (the "true" count; docs/paper.md §5 A8). */
    public int parameterCount() {
        return actor.parameterCount() + critic.parameterCount();
    }
}
