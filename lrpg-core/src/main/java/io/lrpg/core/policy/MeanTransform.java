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

    /** f'(z). */
    public abstract double derivative(double z);

    /**
     * f'(z) when μ = f(z) is already known, without evaluating f again: equal to {@link #derivative(double)}
     * bit for bit when {@code value == apply(z)}.
     */
    public abstract double derivative(double z, double value);
}
