package io.lrpg.experiment;

import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.network.NetworkSettings;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.policy.StdMode;
import io.lrpg.core.tensor.TensorSettings;
import io.lrpg.core.train.TrainerSettings;
import io.lrpg.envs.presets.Preset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Applies {@code key=value} overrides (the CLI's {@code --set}, and the axes of a sweep) to a {@link Preset}.
 * Every key is listed in {@link #KEYS} with the models it applies to; an unknown key, a key of another model, a
 * repeated key, an unparsable value or a value the settings records reject is an {@link IllegalArgumentException}
 * naming the key. A key changes only the settings of the model being trained ({@link ModelKind}), except the
 * learning rates, which are set for every model.
 *
 * <p>Grids are set per state dimension with one syntax, {@code actor.buckets=10x10} (pendulum: θ × θ̇),
 * {@code critic.buckets=2x2x2x2} (acrobot), {@code actor.buckets=4x4x4} (goddard: v × h × m): one factor per state
 * dimension, in the observation's order; the ranges, and for the low-rank model the grouping of dimensions into rows
 * and columns, stay the preset's. For the tensor model each factor is the size of one mode.
 */
public final class SettingOverrides {

    /** How a key changes a preset for the model being trained. */
    @FunctionalInterface
    private interface Setter {
        Preset apply(Preset preset, String value, ModelKind model);
    }

    /** One key: what it sets, for which models, and how. */
    private record Key(String description, Set<ModelKind> models, Setter setter) {
    }

    private static final Set<ModelKind> ALL = EnumSet.allOf(ModelKind.class);
    private static final Set<ModelKind> FACTORED = EnumSet.of(ModelKind.LOWRANK, ModelKind.TENSOR);
    private static final Set<ModelKind> LOWRANK = EnumSet.of(ModelKind.LOWRANK);
    private static final Set<ModelKind> NN = EnumSet.of(ModelKind.NN);

    private static final Map<String, Key> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("gamma", new Key("discount γ of the returns, in [0, 1]", ALL,
                (p, v, m) -> p.withTrainer(new TrainerSettings(number(v), p.trainer().episodes(),
                        p.trainer().maxStepsPerEpisode()))));
        TABLE.put("episodes", new Key("training episodes E per run, > 0", ALL,
                (p, v, m) -> p.withTrainer(p.trainer().withEpisodes(integer(v)))));
        TABLE.put("horizon", new Key("maximum steps T per episode, > 0", ALL,
                (p, v, m) -> p.withTrainer(new TrainerSettings(p.trainer().discount(), p.trainer().episodes(),
                        integer(v)))));
        TABLE.put("actor.lr", new Key("actor Adam learning rate, finite > 0", ALL,
                (p, v, m) -> withRates(p, number(v), null)));
        TABLE.put("critic.lr", new Key("critic Adam learning rate, finite > 0", ALL,
                (p, v, m) -> withRates(p, null, number(v))));
        TABLE.put("rank", new Key("rank k of actor and critic, > 0", FACTORED,
                (p, v, m) -> m == ModelKind.TENSOR
                        ? p.withTensor(tensor(p.tensor(), integer(v), null, null, null, null, null, null))
                        : p.withLowRank(lowRank(p.lowRank(), integer(v), null, null, null, null))));
        TABLE.put("init.scale", new Key("standard deviation of the initial factor entries, >= 0", FACTORED,
                (p, v, m) -> m == ModelKind.TENSOR
                        ? p.withTensor(tensor(p.tensor(), null, null, null, number(v), null, null, null))
                        : p.withLowRank(lowRank(p.lowRank(), null, null, null, number(v), null))));
        TABLE.put("log-std.init", new Key("initial log σ, finite", FACTORED,
                (p, v, m) -> m == ModelKind.TENSOR
                        ? p.withTensor(tensor(p.tensor(), null, null, null, null, number(v), null, null))
                        : p.withLowRank(lowRank(p.lowRank(), null, null, null, null, number(v)))));
        TABLE.put("adam", new Key("dense (PyTorch Adam, the reference) or sparse (SparseAdam semantics)", FACTORED,
                (p, v, m) -> m == ModelKind.TENSOR ? p.withTensor(p.tensor().withAdamMode(choice(AdamMode.class, v)))
                        : p.withLowRank(p.lowRank().withAdamMode(choice(AdamMode.class, v)))));
        TABLE.put("std", new Key("scalar (one learned log σ, the reference) or per-state (log σ in its own "
                + "low-rank matrix)", LOWRANK,
                (p, v, m) -> p.withLowRank(p.lowRank().withStdMode(choice(StdMode.class, v)))));
        TABLE.put("actor.buckets", new Key("grid points per state dimension of the actor's grid, e.g. 10x10",
                FACTORED, (p, v, m) -> withBuckets(p, m, v, true, false)));
        TABLE.put("critic.buckets", new Key("grid points per state dimension of the critic's grid, e.g. 16x16",
                FACTORED, (p, v, m) -> withBuckets(p, m, v, false, true)));
        TABLE.put("buckets", new Key("grid points per state dimension of both the actor's and the critic's grid, "
                + "e.g. 10x10", FACTORED, (p, v, m) -> withBuckets(p, m, v, true, true)));
        TABLE.put("hidden", new Key("width of the hidden ReLU layer, > 0", NN, (p, v, m) -> {
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
        TABLE.forEach((name, key) -> keys.put(name, (key.models().equals(ALL) ? ""
                : modelList(key.models()) + ": ") + key.description()));
        return keys;
    }

    /**
     * Parses {@code KEY=VALUE} assignments (the order is kept; the keys are checked by {@link #apply}).
     *
     * @throws IllegalArgumentException for an assignment without '=', an empty key or value, or a repeated key
     */
    public static Map<String, String> parse(List<String> assignments) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0 || eq == assignment.length() - 1) {
                throw new IllegalArgumentException("expected KEY=VALUE, got '" + assignment + "'");
            }
            String key = assignment.substring(0, eq).strip();
            String value = assignment.substring(eq + 1).strip();
            if (key.isEmpty() || value.isEmpty()) {
                throw new IllegalArgumentException("expected KEY=VALUE, got '" + assignment + "'");
            }
            if (out.put(key, value) != null) {
                throw new IllegalArgumentException("setting '" + key + "' is given twice");
            }
        }
        return out;
    }

    /** Whether {@code key} is a known setting. */
    public static boolean isKey(String key) {
        return TABLE.containsKey(key);
    }

    /** Whether {@code key} is a known setting of {@code model}. */
    public static boolean appliesTo(String key, ModelKind model) {
        Key k = TABLE.get(key);
        return k != null && k.models().contains(model);
    }

    /**
     * Applies the overrides, in key order, for training {@code model}.
     *
     * @throws IllegalArgumentException for an unknown key, a key of the other model or an invalid value
     */
    public static Preset apply(Preset preset, ModelKind model, Map<String, String> overrides) {
        Preset result = preset;
        for (Map.Entry<String, String> entry : new TreeMap<>(overrides).entrySet()) {
            Key key = TABLE.get(entry.getKey());
            if (key == null) {
                throw new IllegalArgumentException("unknown setting '" + entry.getKey() + "', expected one of "
                        + String.join(", ", TABLE.keySet()));
            }
            if (!key.models().contains(model)) {
                throw new IllegalArgumentException("setting '" + entry.getKey() + "' applies to the "
                        + modelList(key.models()).replace(", ", " and ") + " model" + (key.models().size() > 1 ? "s" : "")
                        + ", not " + model.id());
            }
            try {
                result = key.setter().apply(result, entry.getValue().strip(), model);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "invalid value for " + entry.getKey() + "=" + entry.getValue() + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    /** The ids of {@code models}, comma-separated, in the enum's order. */
    private static String modelList(Set<ModelKind> models) {
        return models.stream().map(ModelKind::id).collect(Collectors.joining(", "));
    }

    /** Sets the learning rates of every model's actor or critic (only the trained model's are used). */
    private static Preset withRates(Preset p, Double actor, Double critic) {
        NetworkSettings n = p.network();
        return p.withLowRank(lowRank(p.lowRank(), null, actor, critic, null, null))
                .withTensor(tensor(p.tensor(), null, actor, critic, null, null, null, null))
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

    private static TensorSettings tensor(TensorSettings s, Integer rank, Double actorLearningRate,
            Double criticLearningRate, Double initScale, Double initialLogStd, List<Axis> actorAxes,
            List<Axis> criticAxes) {
        return new TensorSettings(actorAxes != null ? actorAxes : s.actorAxes(),
                criticAxes != null ? criticAxes : s.criticAxes(), rank != null ? rank : s.rank(),
                actorLearningRate != null ? actorLearningRate : s.actorLearningRate(),
                criticLearningRate != null ? criticLearningRate : s.criticLearningRate(),
                initScale != null ? initScale : s.initScale(), s.meanTransform(), s.actionBounds(), s.adamMode(),
                initialLogStd != null ? initialLogStd : s.initialLogStd());
    }

    /** The trained model's actor and/or critic grid with the buckets {@code value}. */
    private static Preset withBuckets(Preset p, ModelKind model, String value, boolean actor, boolean critic) {
        if (model == ModelKind.TENSOR) {
            TensorSettings t = p.tensor();
            return p.withTensor(tensor(t, null, null, null, null, null, actor ? buckets(t.actorAxes(), value) : null,
                    critic ? buckets(t.criticAxes(), value) : null));
        }
        LowRankSettings l = p.lowRank();
        return p.withLowRank(withGrids(l, actor ? buckets(l.actorGrid(), value) : null,
                critic ? buckets(l.criticGrid(), value) : null));
    }

    private static LowRankSettings withGrids(LowRankSettings s, GridLayout actor, GridLayout critic) {
        return new LowRankSettings(actor != null ? actor : s.actorGrid(), critic != null ? critic : s.criticGrid(),
                s.rank(), s.actorLearningRate(), s.criticLearningRate(), s.initScale(), s.meanTransform(),
                s.actionBounds(), s.stdMode(), s.adamMode(), s.initialLogStd());
    }

    /** The grid with the buckets {@code NxMx…} (one factor per state dimension), ranges and grouping kept. */
    static GridLayout buckets(GridLayout grid, String value) {
        return new GridLayout(buckets(grid.axes(), value), grid.rowDimensions(), grid.columnDimensions());
    }

    /** The axes with the buckets {@code NxMx…} (one factor per axis), ranges kept. */
    static List<Axis> buckets(List<Axis> axes, String value) {
        int[] counts = bucketList(value, axes.size());
        List<Axis> out = new ArrayList<>();
        for (int d = 0; d < counts.length; d++) {
            Axis axis = axes.get(d);
            out.add(new Axis(axis.low(), axis.high(), counts[d]));
        }
        return out;
    }

    /** Parses {@code NxMx…} with exactly {@code dimensions} positive factors. */
    static int[] bucketList(String value, int dimensions) {
        String[] parts = value.split("x", -1);
        if (parts.length != dimensions) {
            throw new IllegalArgumentException("expected " + dimensions + " bucket counts joined by 'x' (one per state "
                    + "dimension), got " + parts.length);
        }
        int[] counts = new int[dimensions];
        for (int d = 0; d < dimensions; d++) {
            counts[d] = integer(parts[d].strip());
            if (counts[d] < 1) {
                throw new IllegalArgumentException("bucket counts must be >= 1, got " + counts[d]);
            }
        }
        return counts;
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
