package io.lrpg.core.policy;

/**
 * The map μ = f(z) from the low-rank matrix entry z to the Gaussian mean, with the derivative the
 * gradient needs (docs/paper.md §1.1, §1.4).
 */
public enum MeanTransform {

    /** μ = z (pendulum, acrobot). */
    IDENTITY {
        @Override
        public double apply(double z) {
            return z;
        }

        @Override
        public double derivative(double z) {
            return 1.0;
        }

        @Override
        public double derivative(double z, double value) {
            return 1.0;
        }

        @Override
        public void apply(double[] z, int length, double[] mu) {
            System.arraycopy(z, 0, mu, 0, length);
        }

        @Override
        public boolean isIdentity() {
            return true;
        }
    },

    /** μ = 1 / (1 + e^(−z)), a throttle in (0, 1) (Goddard rocket); f'(z) = μ (1 − μ). */
    SIGMOID {
        @Override
        public double apply(double z) {
            return 1.0 / (1.0 + Math.exp(-z));
        }

        @Override
        public double derivative(double z) {
            return derivative(z, apply(z));
        }

        @Override
        public double derivative(double z, double value) {
            return value * (1.0 - value);
        }
    };

    /** f(z). */
    public abstract double apply(double z);

    /**
     * μ_t = f(z_t) for t &lt; {@code length}, each bit for bit {@link #apply(double)}. A run of consecutive equal z_t
     * (the steps of an episode that stay in one cell) is evaluated once and copied: f is a pure function of z, so
     * the copies are the same bits. Allocates nothing.
     *
     * @param z  (input) z_t; not modified
     * @param mu (output) μ_t; may not be {@code z}
     */
    public void apply(double[] z, int length, double[] mu) {
        long previous = 0L;
        for (int t = 0; t < length; t++) {
            long bits = Double.doubleToRawLongBits(z[t]);
            mu[t] = t > 0 && bits == previous ? mu[t - 1] : apply(z[t]); // f(z_t), once per run of equal z
            previous = bits;
        }
    }

    /**
     * μ_t = f(z_t) for t &lt; {@code length}: {@code z} itself when f is the identity (nothing is copied), else
     * {@code scratch}, filled by {@link #apply(double[], int, double[])}. Allocates nothing.
     *
     * @param z       (input) z_t; not modified
     * @param scratch room for B values, not {@code z}
     * @return the array holding μ_t: {@code z} or {@code scratch}
     */
    public double[] means(double[] z, int length, double[] scratch) {
        if (isIdentity()) {
            return z;
        }
        apply(z, length, scratch);
        return scratch;
    }

    /** Whether f is the identity (μ = z), so that callers may skip it. */
    public boolean isIdentity() {
        return false;
    }

    /** f'(z). */
    public abstract double derivative(double z);

    /**
     * f'(z) when μ = f(z) is already known, without evaluating f again: equal to {@link #derivative(double)}
     * bit for bit when {@code value == apply(z)}.
     */
    public abstract double derivative(double z, double value);
}
