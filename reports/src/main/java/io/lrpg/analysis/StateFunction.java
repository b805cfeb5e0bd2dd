package io.lrpg.analysis;

/**
 * A real function of the continuous state, rebuilt from a run's stored parameters: the policy's mean before its
 * transform, z(s), or the value baseline V(s). Implementations allocate nothing per call and are not thread-safe.
 */
@FunctionalInterface
public interface StateFunction {

    /**
     * The function at state s.
     *
     * @param state (input) s, of length D; not modified or kept
     */
    double at(double[] state);
}
