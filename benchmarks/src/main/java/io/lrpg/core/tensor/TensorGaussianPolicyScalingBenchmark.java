package io.lrpg.core.tensor;

import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.ModeKeys;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;
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
 * How the tensor actor's update scales with the rank k and the grid size (model {@code tensor}): a
 * {@link TensorGaussianPolicy} with D = {@value #MODES} modes of {@code side} points each over [−1, 1]
 * (side³ cells, k·3·side parameters), updated from one episode of B = {@value #STEPS} steps. The counterpart of
 * {@link io.lrpg.core.policy.LowRankGaussianPolicyScalingBenchmark} for the matrix.
 *
 * <ul>
 *   <li>{@code gradient}: {@link TensorGaussianPolicy#computeGradient}, O(B·D·k) whatever the grid;</li>
 *   <li>{@code update}: gradient plus the Adam step ({@link TensorGaussianPolicy#update}) in both modes:
 *       {@code DENSE} touches all k·Σ n_d = 3·side·k factor entries, as PyTorch's Adam does, so it grows with the
 *       parameter count; {@code SPARSE} only the touched rows, O(B·D·k).</li>
 * </ul>
 *
 * <p>The episode is the same at every grid size as far as the grid allows: state t lies on grid point
 * round(q·(side − 1)/9) of each mode, with q = t mod 10 for mode 1, ⌊t/10⌋ for mode 2 and (t + ⌊t/10⌋) mod 10 for
 * mode 3, so every mode sees 10 distinct q, which touch min(side, 10) rows of each factor (4 at side 4, 10 from
 * side 10 on). As in training, the episode carries each state's indices as its step key, written as the policy
 * writes them while acting. Actions and advantages are seeded 𝒩(0, 1) draws. log σ is written back to its initial
 * value before each update, and the policy is rebuilt before each iteration (see
 * {@link io.lrpg.core.agent.LowRankAgentUpdateBenchmark}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
public class TensorGaussianPolicyScalingBenchmark {

    /** B, the episode length. */
    public static final int STEPS = 100;

    /** D, the number of modes. */
    public static final int MODES = 3;

    /** The recorded episode and the policy for one (k, side, mode). */
    abstract static class Shape {
        EpisodeBuffer episode;
        double[] advantages;
        TensorGaussianPolicy policy;

        void build(int rank, int side, AdamMode mode) {
            Axis axis = new Axis(-1.0, 1.0, side);
            TensorPolicySettings settings = new TensorPolicySettings(List.of(axis, axis, axis), rank,
                    AdamSettings.withLearningRate(1e-2), mode, 1.0, MeanTransform.IDENTITY, ActionBounds.UNBOUNDED, 1.0);
            policy = TensorGaussianPolicy.create(settings, RandomStreams.fromSeed(7).initialization());
            if (episode == null) {
                RandomGenerator random = RandomStreams.fromSeed(8).policy();
                ModeKeys keys = new ModeKeys(policy.indexer());
                episode = new EpisodeBuffer(MODES, STEPS);
                advantages = new double[STEPS];
                double[] state = new double[MODES];
                for (int t = 0; t < STEPS; t++) {
                    state[0] = gridPoint(t % 10, side);
                    state[1] = gridPoint(t / 10, side);
                    state[2] = gridPoint((t + t / 10) % 10, side);
                    keys.write(episode.keys(), state);
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
        @Param({"1", "2", "4", "8"})
        public int k;

        /** Points per mode: n₁ = n₂ = n₃ = side. */
        @Param({"4", "10", "32", "100"})
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
        @Param({"1", "2", "4", "8"})
        public int k;

        /** Points per mode: n₁ = n₂ = n₃ = side. */
        @Param({"4", "10", "32", "100"})
        public int side;

        /** {@code DENSE} (PyTorch Adam) or {@code SPARSE} (SparseAdam semantics). */
        @Param({"DENSE", "SPARSE"})
        public String adam;

        @Setup(Level.Iteration)
        public void setUp() {
            build(k, side, AdamMode.valueOf(adam));
        }
    }

    /** ∂ℒ/∂(U₁, U₂, U₃, log σ) of the episode; returns ∂ℒ/∂log σ. */
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
