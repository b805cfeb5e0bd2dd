package io.lrpg.analysis;

import java.util.Locale;

/** The two functions of a run the rank study measures. */
public enum StudiedFunction {
    /** The policy's mean before its transform, z(s) (μ = f(z); f is the identity except on Goddard). */
    MEAN,
    /** The value baseline V(s). */
    VALUE;

    /** The name in the result files: {@code mean}, {@code value}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
