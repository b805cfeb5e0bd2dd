package io.lrpg.experiment;

import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.policy.StdMode;
import io.lrpg.core.train.TrainerSettings;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Applies {@code key=value} overrides (the CLI's {@code --set}) to a {@link PaperPreset}. Every key is
 * listed in {@link #KEYS}; an unknown key, an unparsable value or a value the settings records reject is an
 * {@link IllegalArgumentException} naming the key.
 */
public final class SettingOverrides {

    /** The keys and what they set. */
    public static final Map<String, String> KEYS = new TreeMap<>(Map.of(
            "gamma", "discount γ of the returns, in [0, 1]",
            "episodes", "training episodes E per run, > 0",
            "horizon", "maximum steps T per episode, > 0",
            "rank", "low-rank: rank k of actor and critic, > 0",
            "actor.lr", "low-rank: actor Adam learning rate, finite > 0",
            "critic.lr", "low-rank: critic Adam learning rate, finite > 0",
            "init.scale", "low-rank: standard deviation of the initial factor entries, >= 0",
            "log-std.init", "low-rank: initial log σ, finite",
            "adam", "low-rank: dense (PyTorch Adam, the reference) or sparse (SparseAdam semantics)",
            "std", "low-rank: scalar (one learned log σ, the reference) or per-state (log σ in its own low-rank matrix)"));

    private static final Map<String, BiFunction<PaperPreset, String, PaperPreset>> SETTERS = Map.of(
            "gamma", (p, v) -> p.withTrainer(new TrainerSettings(number(v), p.trainer().episodes(),
                    p.trainer().maxStepsPerEpisode())),
            "episodes", (p, v) -> p.withTrainer(p.trainer().withEpisodes(integer(v))),
            "horizon", (p, v) -> p.withTrainer(new TrainerSettings(p.trainer().discount(), p.trainer().episodes(),
                    integer(v))),
            "rank", (p, v) -> p.withLowRank(lowRank(p.lowRank(), integer(v), null, null, null, null)),
            "actor.lr", (p, v) -> p.withLowRank(lowRank(p.lowRank(), null, number(v), null, null, null)),
            "critic.lr", (p, v) -> p.withLowRank(lowRank(p.lowRank(), null, null, number(v), null, null)),
            "init.scale", (p, v) -> p.withLowRank(lowRank(p.lowRank(), null, null, null, number(v), null)),
            "log-std.init", (p, v) -> p.withLowRank(lowRank(p.lowRank(), null, null, null, null, number(v))),
            "adam", (p, v) -> p.withLowRank(p.lowRank().withAdamMode(choice(AdamMode.class, v))),
            "std", (p, v) -> p.withLowRank(p.lowRank().withStdMode(choice(StdMode.class, v))));

    private SettingOverrides() {
    }

    /**
     * Applies the overrides in key order.
     *
     * @throws IllegalArgumentException for an unknown key or an invalid value, naming the key
     */
    public static PaperPreset apply(PaperPreset preset, Map<String, String> overrides) {
        PaperPreset result = preset;
        for (Map.Entry<String, String> entry : new TreeMap<>(overrides).entrySet()) {
            BiFunction<PaperPreset, String, PaperPreset> setter = SETTERS.get(entry.getKey());
            if (setter == null) {
                throw new IllegalArgumentException("unknown setting '" + entry.getKey() + "', expected one of "
                        + String.join(", ", KEYS.keySet()));
            }
            try {
                result = setter.apply(result, entry.getValue().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "invalid value for " + entry.getKey() + "=" + entry.getValue() + ": " + e.getMessage(), e);
            }
        }
        return result;
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
                names.append(names.length() == 0 ? "" : ", ").append(option.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            throw new IllegalArgumentException("expected one of " + names);
        }
    }
}
