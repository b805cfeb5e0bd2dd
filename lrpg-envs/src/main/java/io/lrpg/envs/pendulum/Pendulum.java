package io.lrpg.envs.pendulum;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import io.lrpg.envs.model.ModelEnvironment;
import java.util.random.RandomGenerator;

/**
 * The torque-controlled pendulum, as the paper's balance task ({@link PendulumTask#BALANCE}, id
 * {@code pendulum}) or Gymnasium's swing-up {@code Pendulum-v1} ({@link PendulumTask#SWING_UP}, id
 * {@code pendulum-v1}).
 *
 * <p><b>State</b> <code>(θ, θ̇)</code> in double precision; θ = 0 is upright, θ = π hanging down; θ is never
 * wrapped in the state. <b>Constants</b> ({@link PendulumParameters#GYMNASIUM}): g = 10, m = l = 1,
 * dt = 0.05, max speed 8, max torque 2. <b>Action</b> a ∈ ℝ¹, applied as <code>u = clip(a, −2, 2)</code>;
 * action space [−2, 2].
 *
 * <p><b>SWING_UP</b> (Gymnasium {@code Pendulum-v1}, semi-implicit Euler):
 * <pre>
 *   θ̇' = clip(θ̇ + ((3g/(2l))·sin θ + (3/(m l²))·u)·dt, −8, 8)      = θ̇ + (15 sin θ + 3u)·0.05
 *   θ'  = θ + θ̇'·dt                                                 (the CLIPPED velocity)
 *   r   = −(wrap(θ)² + 0.1·θ̇² + 0.001·u²)                            on the pre-step state, r ∈ [−16.27, 0]
 *   o   = float32([cos θ', sin θ', θ̇'])                              observation space [−1,−1,−8]…[1,1,8]
 * </pre>
 * never terminates (the registered 200-step time limit is a {@link io.lrpg.core.env.TimeLimit} added by
 * {@link io.lrpg.envs.Environments}); reset <code>θ ~ U(−π, π), θ̇ ~ U(−1, 1)</code>. Here
 * <code>wrap(x) = ((x + π) mod 2π) − π</code> with floored modulo ({@link io.lrpg.envs.integrate.Angles#normalize}).
 *
 * <p><b>BALANCE</b> (the authors' {@code CustomPendulumEnv}), note the different order:
 * <pre>
 *   θ̇_raw = θ̇ + (−(3g/(2l))·sin(θ + π) + (3/(m l²))·u)·dt           sin(θ + π) computed as written
 *   θ'     = θ + θ̇_raw·dt                                          (the UNCLIPPED velocity)
 *   θ̇'    = clip(θ̇_raw, −8, 8)
 *   r      = 1 − (wrap(θ)² + 0.1·θ̇²)                                 on the pre-step state, no torque cost
 *   done   = θ' &gt; π/4 or θ' &lt; −π/4                                on the new, un-normalized θ'
 *   o      = [θ', θ̇']                                               raw doubles
 * </pre>
 * reset <code>θ, θ̇ ~ U[0, 0.01)</code> independently (not symmetric, near upright). Differences from
 * Gymnasium: raw 2-d observation (θ unbounded, so the declared observation space is
 * <code>(−∞, ∞) × [−8, 8]</code>; the original still declared the 3-d box), bounded reward with no torque
 * cost, termination, the velocity clip after the position update, and the reset. The reference had no time
 * limit; the paper's training loop caps episodes at 100 steps.
 *
 * <p>The physics lives in {@link PendulumModel} (a pure transition function); this class adds the episode
 * protocol ({@link ModelEnvironment}). A step allocates only the observation and the {@link Step}.
 */
public final class Pendulum extends ModelEnvironment<PendulumModel> {

    /**
     * @param parameters physical constants, usually {@link PendulumParameters#GYMNASIUM}
     * @param task       the balance task of the paper or Gymnasium's swing-up
     * @param random     the generator every reset draws from
     */
    public Pendulum(PendulumParameters parameters, PendulumTask task, RandomGenerator random) {
        super(new PendulumModel(parameters, task), random);
    }
}
