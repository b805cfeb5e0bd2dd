package io.lrpg.core.policy;

import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.CellKeys;
import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.EpisodeBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the LRPG actor update scales with the rank k and the grid size (model {@code lowrank}): a
 * {@link LowRankGaussianPolicy} on a 2-D side×side grid over [−1, 1]², updated from one episode of
 * B = {@value #STEPS} steps.
 *
 * <ul>
 *   <li>{@code gradient}: {@link LowRankGaussianPolicy#computeGradient}, O(B·k) whatever the grid;</li>
 *   <li>{@code update}: gradient plus the Adam step ({@link LowRankGaussianPolicy#update}) in both modes:
 *       {@code DENSE} touches all (N + M)·k = 2·side·k factor entries, as PyTorch's Adam does;
 *       {@code SPARSE} only the touched rows, O(B·k).</li>
 * </ul>
 *
 * <p>The episode is the same at every grid size, so that the grid is the only thing that changes: its
 * B = 100 states lie on grid points of 10 rows and 10 columns spread evenly over the grid
 * (row r_q = round(q·(side − 1)/9), q = 0…9, likewise the columns), one state per (row, column) pair, so
 * it touches 10 rows of L and 10 rows of R (at side 10, all of them). As in training, the episode carries
 * each state's cell as its step key (written as the policy writes it while acting), so the update reads
 * the cells instead of computing them. Actions and advantages are seeded 𝒩(0, 1) draws. log σ is written
 * back to its initial value before each update, and the policy is rebuilt before each iteration (see
 * {@link io.lrpg.core.agent.LowRankAgentUpdateBenchmark}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
public class LowRankGaussianPolicyScalingBenchmark {

    /** B, the episode length. */
    public static final int STEPS = 100;

    /** The recorded episode and the policy for one (k, side, mode). */
    abstract static class Shape {
        EpisodeBuffer episode;
        double[] advantages;
        LowRankGaussianPolicy policy;

        void build(int rank, int side, AdamMode mode) {
            Axis axis = new Axis(-1.0, 1.0, side);
            GridLayout grid = GridLayout.of(List.of(axis, axis), new int[] {0}, new int[] {1});
            LowRankPolicySettings settings = new LowRankPolicySettings(grid, rank, AdamSettings.withLearningRate(1e-2),
                    mode, 1.0, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, StdMode.SCALAR, 1.0);
            policy = LowRankGaussianPolicy.create(settings, RandomStreams.fromSeed(7).initialization());
            if (episode == null) {
                RandomGenerator random = RandomStreams.fromSeed(8).policy();
                CellKeys cells = new CellKeys(policy.indexer());
                episode = new EpisodeBuffer(2, STEPS);
                advantages = new double[STEPS];
                double[] state = new double[2];
                for (int t = 0; t < STEPS; t++) {
                    state[0] = gridPoint(t % 10, side);
                    state[1] = gridPoint(t / 10, side);
                    cells.write(episode.keys(), policy.indexer().row(state), policy.indexer().column(state));
                    episode.add(state, random.nextGaussian(), 0.0);
                    advantages[t] = random.nextGaussian();
                }
                episode.finish(false, true);
            }
        }

        /** The value on [−1, 1] of grid point round(q·(side − 1)/9). */
        private static double gridPoint(int q, int side) {
            long point = Math.round(q * (side - 1) / 9.0);
            return -1.0 + 2.0 * point / (side - 1);
        }
    }

    /** The gradient's state: rank and side (the Adam mode does not enter the gradient). */
    @State(Scope.Thread)
    public static class GradientShape extends Shape {
        /** k. */
        @Param({"1", "2", "4", "8", "16"})
        public int k;

        /** The grid side: N = M = side. */
        @Param({"10", "32", "100", "316"})
        public int side;

        @Setup(Level.Iteration)
        public void setUp() {
            build(k, side, AdamMode.DENSE);
        }
    }

    /** The update's state: rank, side and Adam mode. */
    @State(Scope.Thread)
    public static class UpdateShape extends Shape {
        /** k. */
        @Param({"1", "2", "4", "8", "16"})
        public int k;

        /** The grid side: N = M = side. */
        @Param({"10", "32", "100", "316"})
        public int side;

        /** {@code DENSE} (PyTorch Adam) or {@code SPARSE} (SparseAdam semantics). */
        @Param({"DENSE", "SPARSE"})
        public String adam;

        @Setup(Level.Iteration)
        public void setUp() {
            build(k, side, AdamMode.valueOf(adam));
        }
    }

    /** ∂ℒ/∂(L, R, log σ) of the episode; returns ∂ℒ/∂log σ. */
    @Benchmark
    public double gradient(GradientShape s) {
        s.policy.computeGradient(s.episode, s.advantages);
        return s.policy.logStdGradient();
    }

    /** Gradient and one Adam step; returns the updated log σ. */
    @Benchmark
    public double update(UpdateShape s) {
        s.policy.setLogStd(1.0);
        s.policy.update(s.episode, s.advantages);
        return s.policy.logStd();
    }
}
