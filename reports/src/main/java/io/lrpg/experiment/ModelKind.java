package io.lrpg.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The two function approximators the paper compares. */
public enum ModelKind {
    /** LRPG: mean and baseline as entries of low-rank matrices L·Rᵀ (lrpg-core). */
    LOWRANK("lowrank"),
    /** The neural-network baseline: one-hidden-layer ReLU networks trained with DL4J (nn-baseline). */
    NN("nn");

    private final String id;

    ModelKind(String id) {
        this.id = id;
    }

    /** The external name. */
    public String id() {
        return id;
    }

    /**
     * Parses {@code lowrank} or {@code nn} (case-insensitive).
     *
     * @throws IllegalArgumentException otherwise
     */
    public static ModelKind parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ModelKind kind : values()) {
            if (kind.id.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "', expected one of "
                + Arrays.stream(values()).map(ModelKind::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
