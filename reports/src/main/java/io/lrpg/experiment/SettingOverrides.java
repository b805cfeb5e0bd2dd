package io.lrpg.experiment;

import io.lrpg.envs.presets.PaperPreset;
import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.policy.StdMode;
import io.lrpg.core.train.TrainerSettings;
import io.lrpg.core.network.NetworkSettings;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Applies {@code key=value} overrides (the CLI's {@code --set}) to a {@link PaperPreset}. Every key is
 * listed in {@link #KEYS} with the models it applies to; an unknown key, a key of the other model, an
 * unparsable value or a value the settings records reject is an {@link IllegalArgumentException} naming
 * the key.
 */
public final class SettingOverrides {

    /** One key: what it sets, for which models, and how. */
    private record Key(String description, Set<ModelKind> models, BiFunction<PaperPreset, String, PaperPreset> setter) {
    }

    private static final Set<ModelKind> BOTH = EnumSet.allOf(ModelKind.class);
    private static final Set<ModelKind> LOWRANK = EnumSet.of(ModelKind.LOWRANK);
    private static final Set<ModelKind> NN = EnumSet.of(ModelKind.NN);

    private static final Map<String, Key> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("gamma", new Key("discount γ of the returns, in [0, 1]", BOTH,
                (p, v) -> p.withTrainer(new TrainerSettings(number(v), p.trainer().episodes(),
                        p.trainer().maxStepsPerEpisode()))));
        TABLE.put("episodes", new Key("training episodes E per run, > 0", BOTH,
                (p, v) -> p.withTrainer(p.trainer().withEpisodes(integer(v)))));
        TABLE.put("horizon", new Key("maximum steps T per episode, > 0", BOTH,
                (p, v) -> p.withTrainer(new TrainerSettings(p.trainer().discount(), p.trainer().episodes(),
                        integer(v)))));
        TABLE.put("actor.lr", new Key("actor Adam learning rate, finite > 0", BOTH,
                (p, v) -> withRates(p, number(v), null)));
        TABLE.put("critic.lr", new Key("critic Adam learning rate, finite > 0", BOTH,
                (p, v) -> withRates(p, null, number(v))));
        TABLE.put("rank", new Key("rank k of actor and critic, > 0", LOWRANK,
                (p, v) -> p.withLowRank(lowRank(p.lowRank(), integer(v), null, null, null, null))));
        TABLE.put("init.scale", new Key("standard deviation of the initial factor entries, >= 0", LOWRANK,
                (p, v) -> p.withLowRank(lowRank(p.lowRank(), null, null, null, number(v), null))));
        TABLE.put("log-std.init", new Key("initial log σ, finite", LOWRANK,
                (p, v) -> p.withLowRank(lowRank(p.lowRank(), null, null, null, null, number(v)))));
        TABLE.put("adam", new Key("dense (PyTorch Adam, the reference) or sparse (SparseAdam semantics)", LOWRANK,
                (p, v) -> p.withLowRank(p.lowRank().withAdamMode(choice(AdamMode.class, v)))));
        TABLE.put("std", new Key("scalar (one learned log σ, the reference) or per-state (log σ in its own "
                + "low-rank matrix)", LOWRANK, (p, v) -> p.withLowRank(p.lowRank().withStdMode(choice(StdMode.class, v)))));
        TABLE.put("hidden", new Key("width of the hidden ReLU layer, > 0", NN, (p, v) -> {
            NetworkSettings n = p.network();
            return p.withNetwork(new NetworkSettings(n.inputs(), integer(v), n.actorLearningRate(),
                    n.criticLearningRate(), n.meanTransform(), n.actionBounds()));
        }));
    }

    /** The keys with the models they apply to and what they set, for help texts. */
    public static final Map<String, String> KEYS = describe();

    private SettingOverrides() {
    }

    private static Map<String, String> describe() {
        Map<String, String> keys = new TreeMap<>();
        TABLE.forEach((name, key) -> keys.put(name, (key.models().equals(BOTH) ? ""
                : key.models().iterator().next().id() + ": ") + key.description()));
        return keys;
    }

    /**
     * Applies the overrides, in key order, for training {@code model}.
     *
     * @throws IllegalArgumentException for an unknown key, a key of the other model or an invalid value
     */
    public static PaperPreset apply(PaperPreset preset, ModelKind model, Map<String, String> overrides) {
        PaperPreset result = preset;
        for (Map.Entry<String, String> entry : new TreeMap<>(overrides).entrySet()) {
            Key key = TABLE.get(entry.getKey());
            if (key == null) {
                throw new IllegalArgumentException("unknown setting '" + entry.getKey() + "', expected one of "
                        + String.join(", ", TABLE.keySet()));
            }
            if (!key.models().contains(model)) {
                throw new IllegalArgumentException("setting '" + entry.getKey() + "' applies to the "
                        + key.models().iterator().next().id() + " model, not " + model.id());
            }
            try {
                result = key.setter().apply(result, entry.getValue().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "invalid value for " + entry.getKey() + "=" + entry.getValue() + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    /** Sets the learning rates of both models' actor or critic (only the trained model's are used). */
    private static PaperPreset withRates(PaperPreset p, Double actor, Double critic) {
        NetworkSettings n = p.network();
        return p.withLowRank(lowRank(p.lowRank(), null, actor, critic, null, null))
                .withNetwork(new NetworkSettings(n.inputs(), n.hidden(),
                        actor != null ? actor : n.actorLearningRate(), critic != null ? critic : n.criticLearningRate(),
                        n.meanTransform(), n.actionBounds()));
    }

    private static LowRankSettings lowRank(LowRankSettings s, Integer rank, Double actorLearningRate,
            Double criticLearningRate, Double initScale, Double initialLogStd) {
        return new LowRankSettings(s.actorGrid(), s.criticGrid(), rank != null ? rank : s.rank(),
                actorLearningRate != null ? actorLearningRate : s.actorLearningRate(),
                criticLearningRate != null ? criticLearningRate : s.criticLearningRate(),
                initScale != null ? initScale : s.initScale(), s.meanTransform(), s.actionBounds(), s.stdMode(),
                s.adamMode(), initialLogStd != null ? initialLogStd : s.initialLogStd());
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an integer");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        String constant = value.toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, constant);
        } catch (IllegalArgumentException e) {
            StringBuilder names = new StringBuilder();
            for (E option : type.getEnumConstants()) {
                names.append(names.length() == 0 ? "" : ", ")
                        .append(option.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            throw new IllegalArgumentException("expected one of " + names);
        }
    }
}
