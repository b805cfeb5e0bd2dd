package io.lrpg.envs.goddard;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import io.lrpg.envs.model.ModelEnvironment;
import java.util.random.RandomGenerator;

/**
 * The Goddard rocket (vertical ascent, maximize altitude), the paper's copy of gym-goddard's
 * {@code GoddardEnv} ({@link GoddardTask#PAPER}, id {@code goddard}).
 *
 * <p><b>Constants</b> ({@link RocketParameters#SA2_DIMENSIONLESS}, the dimensionless SA-2 rocket):
 * DT = 0.001, V0 = 0, H0 = M0 = G0 = 1, HC = 500, MC = 0.6 so M1 = 0.6, VC = 620, THRUST_MAX = 3.5,
 * DC = 0.5·VC·M0/G0 = 310, GAMMA = 1/(0.5·√(G0·H0)) = 2.
 *
 * <p><b>State</b> <code>(v, h, m)</code> plus the hidden running maximum h_max. <b>Action</b> the throttle
 * a ∈ ℝ¹, action space [0, 1] but <em>not clipped</em> (a negative throttle adds mass). <b>Step</b>
 * (forward Euler, every right-hand side on the pre-step values):
 * <pre>
 *   empty  = m ≤ M1                                          (the PRE-step mass)
 *   T      = THRUST_MAX · (empty ? 0 : a)
 *   D      = DC·v·|v|·exp(−HC·(h − H0)/H0),   g = G0·(H0/h)²
 *   v'     = 0                          if h == H0 and v ≠ 0   (ground clamp)
 *            v + DT·((T − D)/m − g)     otherwise
 *   h'     = max(h + DT·v, H0)                               (the old v)
 *   m'     = max(m − (DT·GAMMA)·T, M1)                       (repeated subtraction; error accumulates)
 *   h_max' = max(h_max, h')
 * </pre>
 * <b>Termination</b> <code>empty ∧ v' &lt; 0 ∧ h_max' &gt; H0</code>: a rocket that never leaves the pad never
 * terminates. <b>Reward</b> <code>100·(h_max' − H0)</code> on the terminal step, else 0 (gym-goddard: ×1).
 * <b>Reset</b> deterministic <code>(v, h, m, h_max) = (0, 1, 1, 1)</code>; the generator is not used.
 * <b>Observation</b> <code>[v', h', m']</code> in double; observation space
 * <code>(−∞, ∞) × [H0, ∞) × [M1, ∞)</code> (gym-goddard declared m ≤ M0, which a negative throttle breaks).
 *
 * <p>Quirks kept from the reference: lift-off at full thrust gives v = 0.0025 → 0 → 0.00255 (the clamp
 * fires again on the second step because h' used the old v = 0); with thrust below weight v chatters
 * between a small negative value and 0 on the pad; the step that empties the tank still delivers full
 * thrust. Not a Gymnasium environment; differences from upstream gym-goddard ({@code Goddard-v0}): the ×100
 * reward ({@link GoddardTask#GYM_GODDARD} restores ×1), no 400-step time limit (the paper caps episodes at
 * 1000 steps), and the declared observation space (see above).
 *
 * <p>The physics lives in {@link GoddardModel} (a pure transition function); this class adds the episode
 * protocol ({@link ModelEnvironment}). A step allocates only the observation and the {@link Step}.
 */
public final class GoddardRocket extends ModelEnvironment<GoddardModel> {

    /**
     * @param rocket the rocket's constants, usually {@link RocketParameters#SA2_DIMENSIONLESS}
     * @param task   the reward scale, {@link GoddardTask#PAPER} for the paper
     * @param random kept for the common constructor shape; the reset is deterministic and draws nothing
     */
    public GoddardRocket(RocketParameters rocket, GoddardTask task, RandomGenerator random) {
        super(new GoddardModel(rocket, task), random);
    }
}
