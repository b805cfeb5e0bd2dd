package io.lrpg.envs.acrobot;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import io.lrpg.envs.model.ModelEnvironment;
import java.util.random.RandomGenerator;

/**
 * The two-link acrobot with a continuous torque, as the paper's task ({@link AcrobotTask#PAPER}, id
 * {@code acrobot}) or with Gymnasium's {@code Acrobot-v1} reward and observation
 * ({@link AcrobotTask#GYMNASIUM}, id {@code acrobot-v1}).
 *
 * <p><b>State</b> <code>(θ1, θ2, θ̇1, θ̇2)</code>: θ1 = 0 hangs straight down, θ2 is relative to link 1.
 * <b>Constants</b> ({@link AcrobotParameters#GYMNASIUM}): dt = 0.2, l1 = m1 = m2 = 1, lc1 = lc2 = 0.5,
 * I1 = I2 = 1, g = 9.8, |θ̇1| ≤ 4π, |θ̇2| ≤ 9π. <b>Action</b> a ∈ ℝ¹, torque <code>τ = clip(a, −2, 2)</code>
 * on the joint between the links; action space [−2, 2] (Gymnasium's discrete {−1, 0, +1} are special cases).
 *
 * <p><b>Dynamics</b> ({@link AcrobotDynamics#BOOK}), with τ held constant over the step:
 * <pre>
 *   d1  = m1·lc1² + m2·(l1² + lc2² + 2·l1·lc2·cos θ2) + I1 + I2
 *   d2  = m2·(lc2² + l1·lc2·cos θ2) + I2
 *   φ2  = m2·lc2·g·cos(θ1 + θ2 − π/2)
 *   φ1  = −m2·l1·lc2·θ̇2²·sin θ2 − 2·m2·l1·lc2·θ̇2·θ̇1·sin θ2 + (m1·lc1 + m2·l1)·g·cos(θ1 − π/2) + φ2
 *   θ̈2 = (τ + (d2/d1)·φ1 − m2·l1·lc2·θ̇1²·sin θ2 − φ2) / (m2·lc2² + I2 − d2²/d1)
 *   θ̈1 = −(d2·θ̈2 + φ1) / d1
 * </pre>
 * integrated by one classical RK4 step of size dt ({@link io.lrpg.envs.integrate.RungeKutta4}); then
 * <code>θ1', θ2' ← wrap(·, −π, π)</code> (a loop adding/subtracting 2π, boundary values kept) and
 * <code>θ̇1' ← clip(·, ±4π)</code>, <code>θ̇2' ← clip(·, ±9π)</code> (not bounded inside the RK4 stages).
 *
 * <p><b>Termination</b> <code>−cos θ1' − cos(θ2' + θ1') &gt; 1</code> on the new state.
 * <b>Reset</b> each component <code>~ U(−0.1, 0.1)</code>, rounded to float32.
 * <ul>
 * <li>PAPER (the authors' {@code CustomAcrobotEnv}): reward −0.1 per non-terminal step and +100 on the
 *     terminal step; observation the raw state <code>[θ1, θ2, θ̇1, θ̇2]</code>, observation space
 *     <code>[−π, π]² × [−4π, 4π] × [−9π, 9π]</code>. Differences from Gymnasium: continuous clipped torque
 *     instead of three discrete torques, reward, raw observation; no time limit (the paper caps at 1000).</li>
 * <li>GYMNASIUM: reward −1 per step and 0 on the terminal step; observation
 *     <code>float32[cos θ1, sin θ1, cos θ2, sin θ2, θ̇1, θ̇2]</code> in [−1, 1]⁴ × [−4π, 4π] × [−9π, 9π]
 *     (float32 bounds); the registered 500-step time limit is added by {@link io.lrpg.envs.Environments}.
 *     Differs from {@code Acrobot-v1} only in taking a continuous torque.</li>
 * </ul>
 *
 * <p>The physics lives in {@link AcrobotModel} (a pure transition function); this class adds the episode
 * protocol ({@link ModelEnvironment}). A step allocates only the observation and the {@link Step}.
 */
public final class Acrobot extends ModelEnvironment<AcrobotModel> {

    /**
     * @param parameters physical constants, usually {@link AcrobotParameters#GYMNASIUM}
     * @param task       the paper's reward and observation or Gymnasium's
     * @param dynamics   the θ̈2 equation, usually {@link AcrobotDynamics#BOOK}
     * @param random     the generator every reset draws from
     */
    public Acrobot(AcrobotParameters parameters, AcrobotTask task, AcrobotDynamics dynamics, RandomGenerator random) {
        super(new AcrobotModel(parameters, task, dynamics), random);
    }
}
