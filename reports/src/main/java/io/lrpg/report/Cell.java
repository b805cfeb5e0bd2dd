package io.lrpg.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * One (environment, model, variant) combination: the runs drawn as one curve and summarized as one row.
 *
 * @param environment environment id
 * @param model       model id
 * @param variant     variant id
 */
public record Cell(String environment, String model, String variant) implements Comparable<Cell> {

    private static final Comparator<Cell> ORDER = Comparator
            .comparing((Cell c) -> PaperReference.environmentOrder(c.environment))
            .thenComparing(Cell::environment)
            .thenComparing(c -> PaperReference.variantOrder(c.variant))
            .thenComparing(Cell::variant)
            .thenComparing(c -> PaperReference.modelOrder(c.model))
            .thenComparing(Cell::model);

    public Cell {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(variant, "variant");
    }

    /** Whether this is the paper's variant. */
    public boolean isPaper() {
        return PaperReference.PAPER_VARIANT.equals(variant);
    }

    /**
     * Paper order: pendulum, acrobot, goddard, then other environments alphabetically; within one, the paper's
     * variant first, then the quick profile's, then others alphabetically; lowrank before nn.
     */
    @Override
    public int compareTo(Cell other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return environment + "/" + model + "/" + variant;
    }
}
