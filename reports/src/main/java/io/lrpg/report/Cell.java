package io.lrpg.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * One (environment, model) combination, the unit the paper's curves are drawn for.
 *
 * @param environment environment id
 * @param model       model id
 */
public record Cell(String environment, String model) implements Comparable<Cell> {

    private static final Comparator<Cell> ORDER = Comparator
            .comparing((Cell c) -> PaperReference.environmentOrder(c.environment))
            .thenComparing(Cell::environment)
            .thenComparing(c -> PaperReference.modelOrder(c.model))
            .thenComparing(Cell::model);

    public Cell {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(model, "model");
    }

    /** Paper order: pendulum, acrobot, goddard, then others alphabetically; lowrank before nn. */
    @Override
    public int compareTo(Cell other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return environment + "/" + model;
    }
}
