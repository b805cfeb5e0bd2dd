package io.lrpg.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import io.lrpg.core.agent.LowRankAgent;
import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.env.Environment;
import io.lrpg.core.lowrank.LowRankMatrix;
import io.lrpg.core.network.NetworkSettings;
import io.lrpg.core.policy.StdMode;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.tensor.CpTensor;
import io.lrpg.core.tensor.TensorAgent;
import io.lrpg.core.tensor.TensorSettings;
import io.lrpg.core.train.EpisodeRecord;
import io.lrpg.core.train.LearningCurve;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.core.train.TrainablePolicy;
import io.lrpg.core.train.TrainableValueFunction;
import io.lrpg.envs.Environments;
import io.lrpg.envs.presets.Preset;
import io.lrpg.nn.NeuralBaseline;
import io.lrpg.results.Json;
import io.lrpg.results.ModelParameters;
import io.lrpg.results.ModelParameters.NamedArray;
import io.lrpg.results.ParameterCount;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a run of each model is: the settings it depends on, how its models are built from the run's seed, how it is
 * trained, and its trained parameters.
 *
 * <p>Seeding rule: a run with seed S splits S into the initialization, environment and action-noise streams of its
 * model's family ({@link RandomStreams#fromSeed(long, int)}, {@link ModelKind#streamFamily()}); nothing else is
 * random. The same seed therefore gives the same bits whatever else runs beside it, and the two models of one seed
 * draw independent streams.
 *
 * <p>Trained parameters are stored under these names (row-major):
 * <ul>
 *   <li>low-rank: {@code actor.mean.left} L_μ (N×k), {@code actor.mean.right} R_μ (M×k), {@code actor.logStd} (1),
 *       in the per-state σ mode also {@code actor.std.left}, {@code actor.std.right}; {@code critic.left} L_V
 *       (N'×k), {@code critic.right} R_V (M'×k);</li>
 *   <li>network: {@code actor.theta} and {@code critic.theta}, each (D + 1)·H + H + 1 numbers in the layout
 *       θ[j·D + i] = W₁[j, i], then b₁, w₂, b₂; {@code actor.logStd} (1);</li>
 *   <li>tensor: {@code actor.mean.mode0} … {@code actor.mean.mode{D−1}}, the mean's factors U₁ … U_D (mode d is
 *       state dimension d; n_d × k each, n_d the actor grid's points on that dimension), {@code actor.logStd} (1),
 *       {@code critic.mode0} … {@code critic.mode{D−1}} (n'_d × k each). Entry (i₁, …, i_D) of the mean tensor is
 *       Σ_r Π_d U_d[i_d, r].</li>
 * </ul>
 */
public final class Models {

    private Models() {
    }

    /**
     * The settings a run of {@code model} on {@code preset} depends on, as written into run records and hashed into
     * variant names: environment, model, trainer (γ, E, T) and the model's own settings.
     */
    public static JsonNode settingsTree(Preset preset, ModelKind model) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("environment", preset.environment().id());
        settings.put("model", model.id());
        settings.put("trainer", preset.trainer());
        switch (model) {
            case LOWRANK -> settings.put("lowRank", preset.lowRank());
            case NN -> settings.put("network", preset.network());
            case TENSOR -> settings.put("tensor", preset.tensor());
        }
        return Json.mapper().valueToTree(settings);
    }

    /** The trainable parameters of a run of {@code model} on {@code preset}, from the shapes alone. */
    public static ParameterCount parameterCount(Preset preset, ModelKind model) {
        return switch (model) {
            case LOWRANK -> {
                LowRankSettings s = preset.lowRank();
                long mean = (long) (s.actorGrid().rows() + s.actorGrid().columns()) * s.rank();
                long critic = (long) (s.criticGrid().rows() + s.criticGrid().columns()) * s.rank();
                yield new ParameterCount(mean, critic, 1 + (s.stdMode() == StdMode.PER_STATE ? mean : 0));
            }
            case NN -> {
                NetworkSettings n = preset.network();
                yield new ParameterCount(n.parametersPerNetwork(), n.parametersPerNetwork(), 1);
            }
            case TENSOR -> {
                TensorSettings t = preset.tensor();
                yield new ParameterCount(t.actorMeanParameters(), t.criticParameters(), 1);
            }
        };
    }

    /**
     * A finished training run.
     *
     * @param curve      per-episode results
     * @param parameters the trained parameters, named as in the class comment
     * @param count      the models' parameter counts
     */
    public record TrainedRun(LearningCurve curve, Map<String, NamedArray> parameters, ParameterCount count) {
    }

    /**
     * Trains the run of {@code variant} with {@code seed}; safe to call from several threads at once.
     *
     * @param onEpisode called after each episode, from the calling thread
     */
    public static TrainedRun train(Variant variant, long seed, Consumer<EpisodeRecord> onEpisode) {
        RandomStreams streams = RandomStreams.fromSeed(seed, variant.model().streamFamily());
        Environment environment = Environments.create(variant.environment(), streams.environment());
        Built built = build(variant.settings(), variant.model(), streams);
        PolicyGradientTrainer trainer = new PolicyGradientTrainer(variant.settings().trainer(),
                environment.observationSpace().dimension());
        LearningCurve curve = trainer.train(environment, built.actor(), built.critic(), streams.policy(), onEpisode);
        return new TrainedRun(curve, built.parameters(), built.count());
    }

    /** Freshly built models of a run, with access to their parameters. */
    public interface Built {
        /** The policy. */
        TrainablePolicy actor();

        /** The value baseline. */
        TrainableValueFunction critic();

        /** The current parameters, named as in the class comment (copies). */
        Map<String, NamedArray> parameters();

        /** The parameter counts of the built models. */
        ParameterCount count();
    }

    /** Builds fresh models from the run's initialization stream. */
    public static Built build(Preset preset, ModelKind model, RandomStreams streams) {
        return switch (model) {
            case LOWRANK -> lowRank(LowRankAgent.create(preset.lowRank(), streams.initialization()));
            case NN -> network(NeuralBaseline.create(preset.network(), streams.initialization()));
            case TENSOR -> tensor(TensorAgent.create(preset.tensor(), streams.initialization()));
        };
    }

    /** A {@link Built} from its parts; the parameters and counts are computed when asked. */
    private record Parts(TrainablePolicy actor, TrainableValueFunction critic,
            Supplier<Map<String, NamedArray>> parameterArrays, Supplier<ParameterCount> counts) implements Built {
        @Override
        public Map<String, NamedArray> parameters() {
            return parameterArrays.get();
        }

        @Override
        public ParameterCount count() {
            return counts.get();
        }
    }

    private static Built lowRank(LowRankAgent agent) {
        return new Parts(agent.actor(), agent.critic(), () -> {
            Map<String, NamedArray> arrays = ModelParameters.newArrays();
            factors(arrays, "actor.mean", agent.actor().meanMatrix());
            arrays.put("actor.logStd", new NamedArray(new int[] {1}, new double[] {agent.actor().logStd()}));
            if (agent.actor().settings().stdMode() == StdMode.PER_STATE) {
                factors(arrays, "actor.std", agent.actor().stdMatrix());
            }
            arrays.put("critic.left", matrix(agent.critic().matrix().left()));
            arrays.put("critic.right", matrix(agent.critic().matrix().right()));
            return arrays;
        }, () -> factoredCount(agent.actor().meanMatrix().parameterCount(), agent.actor().parameterCount(),
                agent.critic().parameterCount()));
    }

    private static Built tensor(TensorAgent agent) {
        return new Parts(agent.actor(), agent.critic(), () -> {
            Map<String, NamedArray> arrays = ModelParameters.newArrays();
            modes(arrays, "actor.mean", agent.actor().meanTensor());
            arrays.put("actor.logStd", new NamedArray(new int[] {1}, new double[] {agent.actor().logStd()}));
            modes(arrays, "critic", agent.critic().tensor());
            return arrays;
        }, () -> factoredCount(agent.actor().meanTensor().parameterCount(), agent.actor().parameterCount(),
                agent.critic().parameterCount()));
    }

    /** The counts of a factored model: the mean's factors, the critic's, and the rest of the actor (σ). */
    private static ParameterCount factoredCount(long mean, long actor, long critic) {
        return new ParameterCount(mean, critic, actor - mean);
    }

    /** {@code name.mode0} … {@code name.mode{D−1}}: the factors U₁ … U_D, n_d × k each. */
    private static void modes(Map<String, NamedArray> arrays, String name, CpTensor x) {
        for (int d = 0; d < x.modes(); d++) {
            arrays.put(name + ".mode" + d, new NamedArray(new int[] {x.size(d), x.rank()}, x.factor(d).clone()));
        }
    }

    private static void factors(Map<String, NamedArray> arrays, String name, LowRankMatrix x) {
        arrays.put(name + ".left", matrix(x.left()));
        arrays.put(name + ".right", matrix(x.right()));
    }

    private static NamedArray matrix(org.ejml.data.DMatrixRMaj m) {
        return new NamedArray(new int[] {m.numRows, m.numCols},
                java.util.Arrays.copyOf(m.data, m.numRows * m.numCols));
    }

    private static Built network(NeuralBaseline baseline) {
        return new Parts(baseline.actor(), baseline.critic(), () -> {
            Map<String, NamedArray> arrays = ModelParameters.newArrays();
            double[] actor = baseline.actor().parameters(); // θ then log σ
            int n = actor.length - 1;
            arrays.put("actor.theta", new NamedArray(new int[] {n}, java.util.Arrays.copyOf(actor, n)));
            arrays.put("actor.logStd", new NamedArray(new int[] {1}, new double[] {actor[n]}));
            double[] critic = baseline.critic().parameters();
            arrays.put("critic.theta", new NamedArray(new int[] {critic.length}, critic));
            return arrays;
        }, () -> new ParameterCount(baseline.actor().numParams(), baseline.critic().numParams(), 1));
    }
}
