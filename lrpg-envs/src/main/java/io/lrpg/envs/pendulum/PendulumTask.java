package io.lrpg.envs.pendulum;

/**
 * Which pendulum task: the paper's balance task or Gymnasium's swing-up. The two differ in observation,
 * reward, termination, reset distribution and the order of the velocity clip; see {@link Pendulum}.
 */
public enum PendulumTask {
    /**
     * The paper's {@code CustomPendulumEnv}: start near upright, keep |θ| ≤ π/4, observation [θ, θ̇],
     * reward <code>1 − (wrap(θ)² + 0.1·θ̇²)</code>, position updated with the unclipped velocity.
     */
    BALANCE,
    /**
     * Gymnasium's {@code Pendulum-v1}: start anywhere, observation [cos θ, sin θ, θ̇] in float32,
     * reward <code>−(wrap(θ)² + 0.1·θ̇² + 0.001·u²)</code>, never terminates.
     */
    SWING_UP
}
