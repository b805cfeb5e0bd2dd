package io.lrpg.experiment;

import io.lrpg.core.agent.LowRankAgent;
import io.lrpg.core.env.Environment;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.LearningCurve;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.core.train.TrainablePolicy;
import io.lrpg.core.train.TrainableValueFunction;
import io.lrpg.envs.Environments;

/**
 * Builds the run of a (preset, model) pair from a seed and trains it. The run's seed is split into the
 * initialization, environment and action-noise streams ({@link RandomStreams}); nothing else is random.
 */
public final class Models {

    private Models() {
    }

    /** The trainer of every run of {@code preset} with {@code model}; safe to call from several threads. */
    public static RunTrainer runTrainer(PaperPreset preset, ModelKind model) {
        return (spec, onEpisode) -> {
            RandomStreams streams = RandomStreams.fromSeed(spec.seed());
            Environment environment = Environments.create(preset.environment(), streams.environment());
            Actors actors = build(preset, model, streams);
            PolicyGradientTrainer trainer =
                    new PolicyGradientTrainer(preset.trainer(), environment.observationSpace().dimension());
            LearningCurve curve = trainer.train(environment, actors.actor(), actors.critic(), streams.policy(),
                    onEpisode);
            return curve;
        };
    }

    /** An actor and a critic. */
    public record Actors(TrainablePolicy actor, TrainableValueFunction critic) {
    }

    /** Builds fresh models from the run's initialization stream. */
    public static Actors build(PaperPreset preset, ModelKind model, RandomStreams streams) {
        return switch (model) {
            case LOWRANK -> {
                LowRankAgent agent = LowRankAgent.create(preset.lowRank(), streams.initialization());
                yield new Actors(agent.actor(), agent.critic());
            }
            case NN -> throw new IllegalArgumentException("model nn is not available in this build");
        };
    }
}
