package io.lrpg.envs.mountaincar;

import io.lrpg.core.env.Step;
import io.lrpg.envs.model.ModelEnvironment;
import java.util.random.RandomGenerator;

/**
 * Gymnasium's continuous mountain car ({@code Continuous_MountainCarEnv}, registered as
 * {@code MountainCarContinuous-v0}; id {@code mountain-car-continuous-v0}), ported exactly from Gymnasium 1.3.0
 * under NumPy 2, float32 rounding included. {@link io.lrpg.envs.Environments#create} wraps it in the
 * registered 999-step {@link io.lrpg.core.env.TimeLimit}. The constants below are
 * {@link MountainCarParameters#GYMNASIUM}.
 *
 * <h2>Description</h2>
 * A car sits at the bottom of the valley <code>height(x) = 0.45·sin(3x) + 0.55</code> and must reach the
 * flag on the right hill at x = 0.45. Its engine is too weak to climb straight up (the slope term 0.0025
 * exceeds the largest force term 0.0015 on the steep part), so it has to swing back and forth to gather
 * momentum.
 *
 * <h2>Action Space</h2>
 * a ∈ ℝ¹, the action space is [−1, 1]. Any action is accepted; the dynamics apply the force
 * <code>F = clip(a, −1, 1)</code> ({@link MountainCarModel#force}), while the reward charges the raw a.
 *
 * <h2>Observation Space</h2>
 * <code>o = float32([x, ẋ])</code>, the position and velocity rounded to float32 (and widened exactly to
 * double). The observation space is Gymnasium's actual float32 box
 * <code>[f32(−1.2), f32(0.6)] × [f32(−0.07), f32(0.07)]</code> (its docstring's ±∞ table is wrong); every
 * observation lies in it.
 *
 * <h2>Transition</h2>
 * Mathematically:
 * <pre>
 *   ẋ' = clip(ẋ + F·0.0015 − 0.0025·cos(3x), −0.07, 0.07)
 *   x'  = clip(x + ẋ', −1.2, 0.6);   ẋ' = 0 if x' = −1.2 and ẋ' &lt; 0     (inelastic left wall; the right
 *                                                                     end keeps its velocity)
 * </pre>
 * The arithmetic follows the NumPy 2 promotion rules of Gymnasium's code; these float32 behaviours are kept
 * exactly:
 * <ol>
 * <li>Gymnasium stores the state as a float32 array after every step; x' and ẋ' are rounded to float32.</li>
 * <li>{@code force = min(max(a, −1.0), 1.0)} is the float64 action when −1 ≤ a ≤ 1 (also a = ±1 exactly)
 *     and the Python float bound when a is clipped.</li>
 * <li>{@code 3 * x} is a float32 product (the int 3 is weak); its cosine is taken in double.</li>
 * <li>If F is the float64 action, <code>ẋ + (F·0.0015 − 0.0025·cos)</code> is evaluated in double. If F is the
 *     clipped Python bound, the right-hand side is a Python float, which NumPy 2 rounds to float32, and the
 *     sum is a float32 addition. (So a = 1.0 and a = 1.5 apply the same force but round differently.)</li>
 * <li>A clipped ẋ' becomes the Python float ±0.07, so for a float32 x, <code>x + ẋ'</code> is then a float32
 *     addition (float32 plus a weak Python float) even when ẋ' was computed in double; otherwise it is a double
 *     addition for a double ẋ' and a float32 one for a float32 ẋ'. The clipped x' is the Python bound.</li>
 * <li>Comparisons of a float32 value with a Python float bound (0.07, 0.6, −1.2, 0.45) round the bound to
 *     float32. This is observable only in the goal test: a float32 x' = f32(0.45) = 0.449999988… counts as
 *     reached (the clips give the same stored values either way).</li>
 * <li>The goal test <code>x' ≥ 0.45 and ẋ' ≥ 0</code> sees the values <em>before</em> the float32 rounding
 *     ({@link MountainCarModel#GOAL_REACHED} keeps its outcome in the state): a double x' in
 *     [0.449999988…, 0.45) is not reached and one in [0.45, 0.450000003) is, although both are stored as
 *     f32(0.45).</li>
 * <li>Right after a reset Gymnasium's state is a <em>float64</em> array (the raw double draw): the first step
 *     of an episode runs entirely in double from the unrounded x, although the reset observation was
 *     float32(x) ({@link MountainCarModel#STORAGE} records which).</li>
 * </ol>
 * Replaying the reference trajectories from their recorded float32 states reproduces every state, observation
 * and reward bit for bit; computing each step in double and rounding only at the end misses the recorded next
 * state in 357 of their 1804 one-step rows (191 of 754 with a clipped action, 166 of 1050 with an in-range one).
 *
 * <h2>Rewards</h2>
 * <code>r = 100·[goal reached] − 0.1·pow(a, 2)</code> with the <em>raw, unclipped</em> action, in double (not
 * rounded to float32). Per step r ≤ 100; over an episode that reaches the goal the return is
 * <code>100 − 0.1·Σ a_t²</code>. Gymnasium's {@code reward_threshold} is 90.
 *
 * <h2>Starting State</h2>
 * <code>x ~ U(−0.6, −0.4)</code> drawn from the injected generator ({@code nextDouble(−0.6, −0.4)}), kept in
 * double for the first step (rule 8); <code>ẋ = 0</code>.
 *
 * <h2>Episode End</h2>
 * <ol>
 * <li>Termination: <code>x' ≥ 0.45 and ẋ' ≥ 0</code> (Gymnasium's docstring omits the velocity condition;
 *     {@code goal_velocity} is 0).</li>
 * <li>Truncation: the registered time limit, 999 steps, added by {@link io.lrpg.envs.Environments#create}
 *     (truncated, not terminated; this class itself never truncates).</li>
 * </ol>
 *
 * <h2>Differences from Gymnasium</h2>
 * <ul>
 * <li>Actions are {@code double[]} and are treated as Gymnasium treats a <em>float64</em> action array (how the
 *     reference trajectories were made). A float32 action array, such as {@code action_space.sample()} returns,
 *     would make the in-range force path float32 as well (np.float32 times a Python float stays float32);
 *     that variant is not ported.</li>
 * <li>Resets draw from the injected Java generator, not NumPy's PCG64: the same distribution, other numbers.
 *     {@code reset(options=...)} (custom reset bounds), {@code seed} and rendering are not ported.</li>
 * <li>The state vector has the two hidden components above, which Gymnasium keeps implicitly (the dtype of
 *     {@code self.state} and its unrounded values at the goal test).</li>
 * <li>Stepping after a terminal step throws {@link IllegalStateException} (the protocol of
 *     {@link ModelEnvironment}); Gymnasium would keep stepping.</li>
 * <li>Observations are doubles holding float32 values.</li>
 * </ul>
 *
 * <h2>Version</h2>
 * {@code MountainCarContinuous-v0} as in Gymnasium 1.3.0 ("v0: Initial versions release (1.0.0)"), checked
 * against reference trajectories of Gymnasium 1.3.0 with NumPy 2.4.
 *
 * <p>The physics lives in {@link MountainCarModel} (a pure transition function); this class adds the episode
 * protocol ({@link ModelEnvironment}). A step allocates only the observation and the {@link Step}.
 */
public final class MountainCarContinuous extends ModelEnvironment<MountainCarModel> {

    /**
     * @param parameters the constants, usually {@link MountainCarParameters#GYMNASIUM}
     * @param random     the generator every reset draws from
     */
    public MountainCarContinuous(MountainCarParameters parameters, RandomGenerator random) {
        super(new MountainCarModel(parameters), random);
    }
}
