package io.lrpg.experiment;

import io.lrpg.envs.presets.PaperPreset;
import io.lrpg.core.agent.LowRankAgent;
import io.lrpg.core.env.Environment;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.LearningCurve;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.core.train.TrainablePolicy;
import io.lrpg.core.train.TrainableValueFunction;
import io.lrpg.envs.Environments;
import io.lrpg.nn.NeuralBaseline;

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

    /**
     * The settings that determine a run of {@code model} on {@code preset}, as written into manifests and
     * compared when an experiment resumes.
     */
    public static java.util.Map<String, Object> describe(PaperPreset preset, ModelKind model) {
        java.util.Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("environment", preset.environment().id());
        settings.put("model", model.id());
        settings.put("trainer", preset.trainer());
        switch (model) {
            case LOWRANK -> settings.put("lowRank", preset.lowRank());
            case NN -> settings.put("network", preset.network());
        }
        return settings;
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
            case NN -> {
                NeuralBaseline baseline = NeuralBaseline.create(preset.network(), streams.initialization());
                yield new Actors(baseline.actor(), baseline.critic());
            }
        };
    }
}
