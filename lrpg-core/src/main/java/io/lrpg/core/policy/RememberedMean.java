package io.lrpg.core.policy;

import java.util.Objects;

/**
 * μ = f(z) for a policy's actions, remembering the last z and its f(z). Consecutive steps in one cell read the same
 * entry z, and f is a pure function of z, so a repeated z (compared bit for bit) returns the remembered value, the
 * same bits as evaluating f again, without its cost (the sigmoid's {@code exp}). The identity is passed through.
 * Allocates nothing. Not thread-safe: one per policy.
 */
public final class RememberedMean {

    private final MeanTransform transform;
    private final boolean identity;
    private long lastBits;   // the bits of the last z
    private double lastMean; // f(last z)

    /** @param transform f */
    public RememberedMean(MeanTransform transform) {
        this.transform = Objects.requireNonNull(transform, "transform");
        this.identity = transform.isIdentity();
        this.lastBits = Double.doubleToRawLongBits(0.0);
        this.lastMean = transform.apply(0.0);
    }

    /** f(z), bit for bit {@link MeanTransform#apply(double)}. */
    public double apply(double z) {
        if (identity) {
            return z;
        }
        long bits = Double.doubleToRawLongBits(z);
        if (bits != lastBits) {
            lastMean = transform.apply(z);
            lastBits = bits;
        }
        return lastMean;
    }
}
