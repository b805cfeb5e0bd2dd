package io.lrpg.core.value;

import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import java.util.Objects;

/**
 * Everything that defines a {@link LowRankValueFunction} apart from its parameter values.
 *
 * @param grid      the critic's own grid (rows N', columns M')
 * @param rank      k &gt; 0
 * @param adam      the critic's Adam constants
 * @param adamMode  dense (reference) or row-sparse Adam
 * @param initScale the standard deviation of the initial factor entries, finite, ≥ 0 (paper: 1)
 */
public record LowRankValueSettings(GridLayout grid, int rank, AdamSettings adam, AdamMode adamMode,
        double initScale) {

    public LowRankValueSettings {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(adam, "adam");
        Objects.requireNonNull(adamMode, "adamMode");
        if (rank <= 0) {
            throw new IllegalArgumentException("rank must be > 0, was " + rank);
        }
        if (!(initScale >= 0.0 && initScale < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("initScale must be finite and >= 0, was " + initScale);
        }
    }
}
