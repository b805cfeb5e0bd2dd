package io.lrpg.envs.reference;

/**
 * An acceptance bound <code>|got − ref| ≤ max(absolute, relative·|ref|)</code>. The README's one-step
 * bound <code>1e-12·max(1, |ref|)</code> is {@code new Tolerance(1e-12, 1e-12)}.
 *
 * @param absolute the bound for |ref| small, ≥ 0
 * @param relative the bound relative to |ref|, ≥ 0
 */
public record Tolerance(double absolute, double relative) {

    public Tolerance {
        if (!(absolute >= 0.0 && absolute < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("absolute must be finite and >= 0, was " + absolute);
        }
        if (!(relative >= 0.0 && relative < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("relative must be finite and >= 0, was " + relative);
        }
    }

    /** The bound for a reference value. */
    public double bound(double reference) {
        return Math.max(absolute, relative * Math.abs(reference));
    }

    /** Whether {@code got} is within the bound of {@code reference} (NaN never is). */
    public boolean accepts(double got, double reference) {
        return Math.abs(got - reference) <= bound(reference);
    }

    /** The larger of the two bounds, component-wise. */
    public Tolerance max(Tolerance other) {
        return new Tolerance(Math.max(absolute, other.absolute), Math.max(relative, other.relative));
    }
}
