package io.lrpg.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The function approximators a run can train. Each has an external id, used in result files and on the command
 * line, and a random-stream family ({@link io.lrpg.core.random.RandomStreams#fromSeed(long, int)}), fixed here
 * explicitly (never derived from the enum's order) so that the streams of a seed never change when a model is
 * added: a low-rank run and a network run with the same seed draw independent streams.
 */
public enum ModelKind {
    /** LRPG: mean and baseline as entries of low-rank matrices L·Rᵀ (lrpg-core). Stream family 0. */
    LOWRANK("lowrank", 0, "low-rank (LRPG)"),
    /** The neural-network baseline: one-hidden-layer ReLU networks trained with DL4J (nn-baseline). Family 1. */
    NN("nn", 1, "network (RVFB)"),
    /**
     * Mean and baseline as entries of CP (PARAFAC) tensors with one mode per state dimension (lrpg-core
     * {@code io.lrpg.core.tensor}; docs/paper.md §4.2, not in the paper). Family 2.
     */
    TENSOR("tensor", 2, "tensor (PARAFAC)");

    private final String id;
    private final int streamFamily;
    private final String readableName;

    ModelKind(String id, int streamFamily, String readableName) {
        this.id = id;
        this.streamFamily = streamFamily;
        this.readableName = readableName;
    }

    /** The external name. */
    public String id() {
        return id;
    }

    /** The random-stream family of this model's runs. */
    public int streamFamily() {
        return streamFamily;
    }

    /** A name for legends and tables. */
    public String readableName() {
        return readableName;
    }

    /**
     * Parses an id (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown model, listing the known ones
     */
    public static ModelKind parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ModelKind kind : values()) {
            if (kind.id.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "', expected one of " + ids());
    }

    /** The models of the paper's experiment, in its order: low-rank and network (what {@code lrpg reproduce} runs). */
    public static java.util.List<ModelKind> paperModels() {
        return java.util.List.of(LOWRANK, NN);
    }

    /** The ids, comma-separated. */
    public static String ids() {
        return Arrays.stream(values()).map(ModelKind::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
