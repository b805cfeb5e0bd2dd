package io.lrpg.envs.integrate;

/** Angle wrapping and clipping helpers with the exact semantics of the Python reference code. */
public final class Angles {

    private static final double TWO_PI = 2.0 * Math.PI;

    private Angles() {}

    /**
     * Gymnasium's {@code angle_normalize}: <code>((x + π) mod 2π) − π</code> with the <em>floored</em>
     * modulo of Python/NumPy (the result has the sign of the divisor), so the result lies in [−π, π).
     * Java's {@code %} on doubles is C's exact {@code fmod}; the sign fix-up is what Python adds.
     *
     * <p>{@code fmod} is exact, y − n·2π for the integer n = trunc(y / 2π), and so is this method's shortcut for
     * |y| &lt; 2·2π (n ∈ {−1, 0, 1}, the case of every step of the paper's pendulum): n = 0 returns y itself, and
     * y ∓ 2π is exact there by Sterbenz's lemma (the operands are within a factor of two of each other). The result is
     * bit for bit {@code y % 2π} ({@code AnglesTest}); other values (y = −2π, whose fmod is −0.0, NaN and ±∞) take
     * {@code %}.
     */
    public static double normalize(double x) {
        double r = remainderOfTwoPi(x + Math.PI);
        if (r != 0.0 && r < 0.0) {
            r += TWO_PI;
        }
        return r - Math.PI;
    }

    /** y % 2π (C's {@code fmod}), without the library call when |y| &lt; 4π; see {@link #normalize}. */
    static double remainderOfTwoPi(double y) {
        if (y >= 0.0) {
            return y < TWO_PI ? y : y < 2.0 * TWO_PI ? y - TWO_PI : y % TWO_PI;
        }
        if (y > -TWO_PI) {
            return y;
        }
        // y = −2π is left to %: its fmod is −0.0, while y + 2π is +0.0
        return y > -2.0 * TWO_PI && y < -TWO_PI ? y + TWO_PI : y % TWO_PI;
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
