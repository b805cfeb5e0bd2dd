package io.lrpg.experiment;

import io.lrpg.results.RunId;
import java.util.Objects;

/**
 * A run to train: a variant and a seed.
 *
 * @param variant the variant
 * @param seed    the seed, ≥ 0
 */
public record RunRequest(Variant variant, long seed) {

    public RunRequest {
        Objects.requireNonNull(variant, "variant");
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be >= 0, was " + seed);
        }
    }

    /** The run's identity. */
    public RunId id() {
        return variant.run(seed);
    }
}
