package io.lrpg.nn;

/**
 * How the network output z becomes the Gaussian mean μ, and how a sample becomes the stored action.
 *
 * <p>The reference code's {@code bool_output=True} (digest §1.5) is {@link #SIGMOID_CLAMPED}: the mean is
 * squashed into (0, 1) and the sample is clamped to [0, 1] before it is returned, stored and scored under
 * the unclamped Gaussian (no Jacobian correction, no truncated distribution).
 */
public enum MeanTransform {

    /** μ = z; the sample is returned as drawn (the environment clips it). Pendulum, Acrobot. */
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
        public double bound(double action) {
            return action;
        }
    },

    /** μ = 1 / (1 + e^(−z)); the sample is clamped to [0, 1]. The Goddard rocket's throttle. */
    SIGMOID_CLAMPED {
        @Override
        public double apply(double z) {
            return 1.0 / (1.0 + Math.exp(-z));
        }

        @Override
        public double derivative(double z) {
            double s = apply(z);
            return s * (1.0 - s);
        }

        @Override
        public double bound(double action) {
            return Math.min(Math.max(action, 0.0), 1.0);
        }
    };

    /** μ = f(z). */
    public abstract double apply(double z);

    /** dμ/dz = f'(z). */
    public abstract double derivative(double z);

    /** The action that is returned, stored and scored for a raw sample. */
    public abstract double bound(double action);
}
