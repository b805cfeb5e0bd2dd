package io.lrpg.bench;

import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.envs.EnvironmentId;
import java.util.List;

/**
 * The three environments of the paper with the shapes of the paper's LRPG and network set-ups
 * (paper digest §2.1), and the episode length a benchmark update is measured on.
 *
 * <table>
 *   <caption>shapes</caption>
 *   <tr><th></th><th>actor grid</th><th>critic grid</th><th>k</th><th>horizon T</th><th>B benchmarked</th><th>network</th></tr>
 *   <tr><td>pendulum</td><td>10×10</td><td>16×16</td><td>4</td><td>100</td><td>100</td><td>2→512→1</td></tr>
 *   <tr><td>acrobot</td><td>4×4</td><td>4×4</td><td>2</td><td>1000</td><td>200</td><td>4→32→1</td></tr>
 *   <tr><td>goddard</td><td>4×16</td><td>4×16</td><td>2</td><td>1000</td><td>200</td><td>3→128→1</td></tr>
 * </table>
 */
public enum PaperShape {

    /** The paper's pendulum: [θ, θ̇], actor 10×10, critic 16×16, rank 4, horizon 100. */
    PENDULUM(EnvironmentId.PENDULUM, 2, 0.99, 100, 100, 512) {
        @Override
        public LowRankSettings lowRankSettings(AdamMode mode) {
            GridLayout actor = grid(10, new double[] {-1, -5}, new double[] {1, 5}, new int[] {0}, new int[] {1});
            GridLayout critic = grid(16, new double[] {-1, -5}, new double[] {1, 5}, new int[] {0}, new int[] {1});
            return LowRankSettings.paper(actor, critic, 4, 1e-2, 1e-1, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED)
                    .withAdamMode(mode);
        }
    },
    /** The paper's acrobot: [θ₁, θ₂, θ̇₁, θ̇₂] on 2 points each, 4×4 for both models, rank 2, horizon 1000. */
    ACROBOT(EnvironmentId.ACROBOT, 4, 0.9, 1000, 200, 32) {
        @Override
        public LowRankSettings lowRankSettings(AdamMode mode) {
            double[] lo = {-1, -1, -1, -1};
            double[] hi = {1, 1, 1, 1};
            GridLayout layout = grid(2, lo, hi, new int[] {0, 1}, new int[] {2, 3});
            return LowRankSettings.paper(layout, layout, 2, 3e-2, 1e-1, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED)
                    .withAdamMode(mode);
        }
    },
    /** The paper's Goddard rocket: [v, h, m] on 4 points each, rows v, columns (h, m), rank 2, horizon 1000. */
    GODDARD(EnvironmentId.GODDARD, 3, 0.99, 1000, 200, 128) {
        @Override
        public LowRankSettings lowRankSettings(AdamMode mode) {
            GridLayout layout = grid(4, new double[] {0, 1.00, 0.6}, new double[] {0.12, 1.03, 1.0}, new int[] {0},
                    new int[] {1, 2});
            return LowRankSettings.paper(layout, layout, 2, 1e-2, 1e-1, MeanTransform.SIGMOID, ActionBounds.UNIT)
                    .withAdamMode(mode);
        }
    };

    private final EnvironmentId environment;
    private final int observationDimension;
    private final double discount;
    private final int horizon;
    private final int benchmarkEpisodeLength;
    private final int hiddenUnits;

    PaperShape(EnvironmentId environment, int observationDimension, double discount, int horizon,
            int benchmarkEpisodeLength, int hiddenUnits) {
        this.environment = environment;
        this.observationDimension = observationDimension;
        this.discount = discount;
        this.horizon = horizon;
        this.benchmarkEpisodeLength = benchmarkEpisodeLength;
        this.hiddenUnits = hiddenUnits;
    }

    /** The LRPG settings of the paper for this environment, with the given Adam mode. */
    public abstract LowRankSettings lowRankSettings(AdamMode mode);

    /** The environment. */
    public EnvironmentId environment() {
        return environment;
    }

    /** D, the observation length. */
    public int observationDimension() {
        return observationDimension;
    }

    /** γ. */
    public double discount() {
        return discount;
    }

    /** T, the paper's horizon. */
    public int horizon() {
        return horizon;
    }

    /** B, the length of the recorded episode an update benchmark uses (a typical episode length). */
    public int benchmarkEpisodeLength() {
        return benchmarkEpisodeLength;
    }

    /** The width of the paper's network's hidden layer (D → H → 1, ReLU). */
    public int hiddenUnits() {
        return hiddenUnits;
    }

    /** Parses {@code pendulum}, {@code acrobot} or {@code goddard} (a benchmark {@code @Param}). */
    public static PaperShape parse(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static GridLayout grid(int buckets, double[] lo, double[] hi, int[] rows, int[] columns) {
        Axis[] axes = new Axis[lo.length];
        for (int d = 0; d < lo.length; d++) {
            axes[d] = new Axis(lo[d], hi[d], buckets);
        }
        return GridLayout.of(List.of(axes), rows, columns);
    }
}
