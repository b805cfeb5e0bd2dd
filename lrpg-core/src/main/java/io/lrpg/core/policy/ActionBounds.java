package io.lrpg.core.policy;

/**
 * The interval the policy clamps its sampled action to (docs/paper.md §1.5). With finite bounds the clamped
 * action is returned, stored and scored (log-probability under the unclamped Gaussian, no Jacobian or
 * truncation correction), as the reference does for Goddard. {@link #UNBOUNDED} returns the raw sample
 * and leaves clipping to the environment, as the reference does for pendulum and acrobot.
 *
 * @param low  the lower bound, possibly −∞, not NaN
 * @param high the upper bound, possibly +∞, {@code > low}
 */
public record ActionBounds(double low, double high) {

    /** No clamping: the raw Gaussian sample is returned. */
    public static final ActionBounds UNBOUNDED = new ActionBounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** [0, 1], the Goddard throttle. */
    public static final ActionBounds UNIT = new ActionBounds(0.0, 1.0);

    public ActionBounds {
        if (!(low < high)) { // also rejects NaN
            throw new IllegalArgumentException("need low < high, was [" + low + ", " + high + "]");
        }
    }

    /** Whether either bound is finite. */
    public boolean isBounded() {
        return low != Double.NEGATIVE_INFINITY || high != Double.POSITIVE_INFINITY;
    }

    /** min(max(a, low), high); the identity for {@link #UNBOUNDED} (NaN stays NaN). */
    public double clamp(double action) {
        return Math.min(Math.max(action, low), high);
    }
}
