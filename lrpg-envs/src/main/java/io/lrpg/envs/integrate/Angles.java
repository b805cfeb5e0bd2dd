package io.lrpg.envs.integrate;

/** Angle wrapping and clipping helpers with the exact semantics of the Python reference code. */
public final class Angles {

    private static final double TWO_PI = 2.0 * Math.PI;

    private Angles() {}

    /**
     * Gymnasium's {@code angle_normalize}: <code>((x + π) mod 2π) − π</code> with the <em>floored</em>
     * modulo of Python/NumPy (the result has the sign of the divisor), so the result lies in [−π, π).
     * Java's {@code %} on doubles is C's exact {@code fmod}; the sign fix-up is what Python adds.
     */
    public static double normalize(double x) {
        double r = (x + Math.PI) % TWO_PI;
        if (r != 0.0 && r < 0.0) {
            r += TWO_PI;
        }
        return r - Math.PI;
    }

    /**
     * Gymnasium's acrobot {@code wrap(x, m, M)}: repeatedly subtracts or adds {@code M − m} until
     * {@code m ≤ x ≤ M}. Unlike a modulo, the boundary values themselves are kept.
     */
    public static double wrap(double x, double min, double max) {
        double diff = max - min;
        while (x > max) {
            x = x - diff;
        }
        while (x < min) {
            x = x + diff;
        }
        return x;
    }

    /** {@code clip(x, lo, hi) = min(max(x, lo), hi)}, NumPy's order of operations. */
    public static double clip(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }
}
