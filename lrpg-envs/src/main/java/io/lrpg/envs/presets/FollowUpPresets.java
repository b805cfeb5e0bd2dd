package io.lrpg.envs.presets;

import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.network.NetworkSettings;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.policy.StdMode;
import io.lrpg.core.tensor.TensorSettings;
import io.lrpg.core.train.TrainerSettings;
import io.lrpg.envs.EnvironmentId;
import java.util.List;

/**
 * Presets of environments the paper did not use, following the authors' follow-up papers (docs/paper.md §4.1–§4.3)
 * where their settings fit this project's trainer (REINFORCE with a learned baseline, one Adam step per episode).
 * Every choice and its reason is stated here and in docs/paper.md §7.7.
 *
 * <h2>{@code mountain-car-continuous-v0}</h2>
 * Gymnasium's {@code MountainCarContinuous-v0}, observation (position x, velocity ẋ), action a ∈ ℝ (the environment
 * clips the force to [−1, 1] and charges −0.1·a² on the raw action), +100 at the goal.
 * <table>
 *   <caption>Mountain car</caption>
 *   <tr><th>setting</th><th>value</th><th>why</th></tr>
 *   <tr><td>γ</td><td>0.99</td><td>both follow-ups (§4.1, §4.3)</td></tr>
 *   <tr><td>episodes E</td><td>500</td><td>the tensor follow-up's count for every algorithm (§4.3); the trainer
 *       updates once per episode, so these are also 500 updates</td></tr>
 *   <tr><td>horizon T</td><td>999</td><td>the environment's registered time limit, which
 *       {@link io.lrpg.envs.Environments#create} applies. The follow-ups ask their trainer for up to 10 000 steps,
 *       but only because their loops throw the truncation flag away (§4.3); this trainer honours it, so an
 *       episode ends at the goal or after 999 steps</td></tr>
 *   <tr><td>grid ranges</td><td>x ∈ [−1.2, 0.6], ẋ ∈ [−0.07, 0.07]</td><td>both follow-ups; the observation
 *       box</td></tr>
 *   <tr><td>low-rank grid, k</td><td>rows x (4 points) × columns ẋ (4 points), k = 1; critic the same</td>
 *       <td>the matrix follow-up (TRPO, §4.1), the authors' only low-rank-matrix setting for this
 *       environment. Four velocity points put ẋ = 0 on the boundary of indices 1 and 2, so the grid can
 *       represent "push in the direction of motion", the policy that solves the task</td></tr>
 *   <tr><td>tensor modes, k</td><td>x (10 points) × ẋ (10 points), k = 1; critic the same</td><td>the tensor
 *       follow-up (§4.2). With two modes this is a 10 × 10 matrix model</td></tr>
 *   <tr><td>initial factor scale</td><td>0.1 (actor and critic)</td><td>both follow-ups' actors (the TRPO
 *       critic used 1.0; one scale serves both models here): the initial mean is ≈ 0, so the first episodes
 *       explore by the noise alone</td></tr>
 *   <tr><td>initial log σ</td><td>1.0 (σ₀ = e)</td><td>the paper's value (and the network baseline's, which
 *       has no setting), <em>not</em> the follow-ups' 0: measured with 20 runs per model on seeds 100–119, log σ₀ = 0
 *       made every low-rank and tensor run settle on standing still (median return of the last 20 episodes about
 *       −7, the goal last reached by episode 194), while with 1.0 the goal was reached in every one of the last 20
 *       episodes by 18 low-rank and 13 tensor runs (median final returns 77 and 70). With a sparse goal and the
 *       −0.1·a² charge on the raw action, this trainer (one Adam step per episode, no advantage normalization, no
 *       clamp on log σ) needs σ's early exploration; the follow-ups' trainers (batches of 10 000 steps, normalized
 *       advantages, log σ clamped to [−2.5, 0]) are another setting</td></tr>
 *   <tr><td>low-rank / tensor rates</td><td>actor 1e-2, critic 1e-1</td><td>the paper's low-rank rates on the
 *       pendulum and Goddard (§2.1), tuned for one Adam step per episode. The follow-ups' 1e-3 drives ten
 *       epochs of updates on batches of 10 000 steps with normalized advantages and an L-BFGS critic, which
 *       this trainer does not do</td></tr>
 *   <tr><td>mean, bounds</td><td>identity, unbounded</td><td>as on the paper's pendulum and acrobot: the raw
 *       Gaussian sample is stored and scored, the environment clips the force (and charges the raw
 *       action)</td></tr>
 *   <tr><td>network</td><td>2 → 8 → 1, ReLU, for μ and for V; rates 1e-3 / 1e-3</td><td>the follow-ups'
 *       width 8 (2 · (2·8 + 8 + 8 + 1) = 66 parameters, their TRPO legend's count), with this project's ReLU
 *       instead of their tanh (the network baseline has ReLU, docs/paper.md §2.1); 1e-3 is both the
 *       follow-ups' Adam rate and the paper's network rate on the pendulum and acrobot. Its log σ starts at 1.0, as
 *       on every environment</td></tr>
 * </table>
 * Parameters (actor + critic, log σ excluded): low-rank 2·(4 + 4)·1 = 16, tensor 2·(10 + 10)·1 = 40, network 66.
 */
public final class FollowUpPresets {

    private FollowUpPresets() {
    }

    private static final Axis POSITION = new Axis(-1.2, 0.6, 4);
    private static final Axis VELOCITY = new Axis(-0.07, 0.07, 4);
    private static final Axis POSITION_10 = new Axis(-1.2, 0.6, 10);
    private static final Axis VELOCITY_10 = new Axis(-0.07, 0.07, 10);
    private static final double INIT_SCALE = 0.1;
    private static final double INITIAL_LOG_STD = LowRankSettings.PAPER_INITIAL_LOG_STD;

    /** {@code mountain-car-continuous-v0} (see the class comment). */
    public static final Preset MOUNTAIN_CAR_CONTINUOUS = new Preset(EnvironmentId.MOUNTAIN_CAR_CONTINUOUS_V0,
            new TrainerSettings(0.99, 500, 999),
            new LowRankSettings(carGrid(), carGrid(), 1, 1e-2, 1e-1, INIT_SCALE, MeanTransform.IDENTITY,
                    ActionBounds.UNBOUNDED, StdMode.SCALAR, AdamMode.DENSE, INITIAL_LOG_STD),
            new TensorSettings(List.of(POSITION_10, VELOCITY_10), List.of(POSITION_10, VELOCITY_10), 1, 1e-2, 1e-1,
                    INIT_SCALE, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, AdamMode.DENSE, INITIAL_LOG_STD),
            new NetworkSettings(2, 8, 1e-3, 1e-3, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED));

    /** The follow-up presets. */
    public static List<Preset> all() {
        return List.of(MOUNTAIN_CAR_CONTINUOUS);
    }

    /** Rows: position (4 points); columns: velocity (4 points). */
    private static GridLayout carGrid() {
        return new GridLayout(List.of(POSITION, VELOCITY), new int[] {0}, new int[] {1});
    }
}
