package io.lrpg.core.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.LowRankGaussianPolicy;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.policy.StdMode;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.value.LowRankValueFunction;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hot paths allocate nothing in steady state: measured with HotSpot's per-thread allocation counter
 * over many calls, so that even one small allocation per call would show as kilobytes. Covered: acting
 * with and without step keys (the trainer's path writes the actor's cells), the critic's values and both
 * of its updates, and the actor's update, each from an episode with cached cells and from one without
 * (cells computed from the observations). The same for the tensor model ({@link io.lrpg.core.tensor}) on three
 * modes.
 */
class AllocationTest {

    private static final int CALLS = 20_000;

    /** HotSpot's per-thread allocation counter; skips the test on a JVM without one. */
    private static com.sun.management.ThreadMXBean allocationCounter() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        return threads;
    }

    private static LowRankSettings settings(AdamMode adamMode, StdMode stdMode, MeanTransform transform) {
        return new LowRankSettings(LowRankAgentTestGrids.ACTOR, LowRankAgentTestGrids.CRITIC, 3, 1e-2, 1e-1, 1.0,
                transform, transform == MeanTransform.SIGMOID ? ActionBounds.UNIT : ActionBounds.UNBOUNDED, stdMode,
                adamMode, 1.0);
    }

    @ParameterizedTest
    @CsvSource({"DENSE, SCALAR, IDENTITY", "SPARSE, SCALAR, IDENTITY", "DENSE, PER_STATE, SIGMOID",
            "SPARSE, PER_STATE, SIGMOID"})
    void samplingValuesAndUpdatesDoNotAllocate(AdamMode adamMode, StdMode stdMode, MeanTransform transform) {
        com.sun.management.ThreadMXBean threads = allocationCounter();
        LowRankSettings settings = settings(adamMode, stdMode, transform);
        SplittableRandom random = new SplittableRandom(3);
        LowRankAgent agent = LowRankAgent.create(settings, random);
        LowRankGaussianPolicy actor = agent.actor();
        LowRankValueFunction critic = agent.critic();
        EpisodeBuffer plain = new EpisodeBuffer(2, 64);
        EpisodeBuffer keyed = new EpisodeBuffer(2, 64);
        double[] states = new double[2 * 64];
        double[] advantages = new double[64];
        double[] returns = new double[64];
        double[] values = new double[64];
        double[] s = new double[2];
        for (int t = 0; t < 64; t++) {
            states[2 * t] = random.nextDouble(-1.5, 1.5);
            states[2 * t + 1] = random.nextDouble(-1.5, 1.5);
            s[0] = states[2 * t];
            s[1] = states[2 * t + 1];
            plain.add(s, actor.sampleAction(s, random), random.nextDouble());
            advantages[t] = random.nextDouble(-1, 1);
            returns[t] = random.nextDouble(-1, 1);
        }
        Buffers buffers = new Buffers(plain, keyed, states, advantages, returns, values, s);

        double sink = exercise(actor, critic, buffers, random, CALLS); // warm up
        long before = threads.getCurrentThreadAllocatedBytes();
        sink += exercise(actor, critic, buffers, random, CALLS);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(Double.isFinite(sink) || Double.isNaN(sink));
        // a single allocation per call would be ≥ 16 bytes × CALLS = 320 kB; allow the counter's own noise
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes over " + CALLS + " rounds");
        assertEquals(64, plain.length());
        assertTrue(keyed.keys().present(settings.actorGrid(), io.lrpg.core.discretize.CellKeys.WIDTH));
    }

    /**
     * A whole training episode through the trainer (acting with step keys, returns, both updates) allocates
     * nothing per step: with an environment that allocates nothing itself (its steps are made up front),
     * what remains per episode is the returned {@link io.lrpg.core.train.EpisodeRecord}.
     */
    @ParameterizedTest
    @CsvSource({"DENSE, SCALAR, IDENTITY", "SPARSE, PER_STATE, SIGMOID"})
    void aTrainingEpisodeAllocatesOnlyItsRecord(AdamMode adamMode, StdMode stdMode, MeanTransform transform) {
        com.sun.management.ThreadMXBean threads = allocationCounter();
        LowRankSettings settings = settings(adamMode, stdMode, transform);
        SplittableRandom random = new SplittableRandom(4);
        LowRankAgent agent = LowRankAgent.create(settings, random);
        PreparedEnvironment environment = new PreparedEnvironment(random, 50, 2);
        io.lrpg.core.train.PolicyGradientTrainer trainer =
                new io.lrpg.core.train.PolicyGradientTrainer(new io.lrpg.core.train.TrainerSettings(0.9, 1, 80), 2);
        int episodes = 2000;
        for (int e = 0; e < episodes; e++) { // warm up
            trainer.trainOneEpisode(e, environment, agent.actor(), agent.critic(), random);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int e = 0; e < episodes; e++) {
            trainer.trainOneEpisode(e, environment, agent.actor(), agent.critic(), random);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // one EpisodeRecord (≤ 32 bytes) per episode; one 16-byte allocation per step would add 1.6 MB
        assertTrue(allocated < 32L * episodes + 4096, "allocated " + allocated + " bytes over " + episodes
                + " episodes of 50 steps");
        assertEquals(50, trainer.lastEpisode().length());
    }

    private static final java.util.List<io.lrpg.core.discretize.Axis> TENSOR_ACTOR = java.util.List.of(
            new io.lrpg.core.discretize.Axis(-1.5, 1.5, 5), new io.lrpg.core.discretize.Axis(-1.5, 1.5, 4),
            new io.lrpg.core.discretize.Axis(-1.5, 1.5, 6));
    private static final java.util.List<io.lrpg.core.discretize.Axis> TENSOR_CRITIC = java.util.List.of(
            new io.lrpg.core.discretize.Axis(-1.5, 1.5, 7), new io.lrpg.core.discretize.Axis(-1.5, 1.5, 7),
            new io.lrpg.core.discretize.Axis(-1.5, 1.5, 3));

    private static io.lrpg.core.tensor.TensorSettings tensorSettings(AdamMode adamMode, MeanTransform transform) {
        return new io.lrpg.core.tensor.TensorSettings(TENSOR_ACTOR, TENSOR_CRITIC, 3, 1e-2, 1e-1, 1.0, transform,
                transform == MeanTransform.SIGMOID ? ActionBounds.UNIT : ActionBounds.UNBOUNDED, adamMode, 1.0);
    }

    /** The tensor actor and critic on three modes: acting (with and without keys), values and updates. */
    @ParameterizedTest
    @CsvSource({"DENSE, IDENTITY", "SPARSE, SIGMOID"})
    void tensorSamplingValuesAndUpdatesDoNotAllocate(AdamMode adamMode, MeanTransform transform) {
        com.sun.management.ThreadMXBean threads = allocationCounter();
        SplittableRandom random = new SplittableRandom(5);
        io.lrpg.core.tensor.TensorAgent agent =
                io.lrpg.core.tensor.TensorAgent.create(tensorSettings(adamMode, transform), random);
        EpisodeBuffer plain = new EpisodeBuffer(3, 64);
        EpisodeBuffer keyed = new EpisodeBuffer(3, 64);
        double[] states = new double[3 * 64];
        double[] advantages = new double[64];
        double[] returns = new double[64];
        double[] values = new double[64];
        double[] s = new double[3];
        for (int t = 0; t < 64; t++) {
            for (int d = 0; d < 3; d++) {
                states[3 * t + d] = random.nextDouble(-1.5, 1.5);
                s[d] = states[3 * t + d];
            }
            plain.add(s, agent.actor().sampleAction(s, random), random.nextDouble());
            advantages[t] = random.nextDouble(-1, 1);
            returns[t] = random.nextDouble(-1, 1);
        }
        Buffers buffers = new Buffers(plain, keyed, states, advantages, returns, values, s);
        double sink = exerciseTensor(agent, buffers, random, CALLS); // warm up
        long before = threads.getCurrentThreadAllocatedBytes();
        sink += exerciseTensor(agent, buffers, random, CALLS);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(Double.isFinite(sink) || Double.isNaN(sink));
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes over " + CALLS + " rounds");
        assertTrue(keyed.keys().present(agent.actor().indexer(), 3));
    }

    /** A tensor training episode through the trainer allocates only its record. */
    @ParameterizedTest
    @CsvSource({"DENSE, IDENTITY", "SPARSE, SIGMOID"})
    void aTensorTrainingEpisodeAllocatesOnlyItsRecord(AdamMode adamMode, MeanTransform transform) {
        com.sun.management.ThreadMXBean threads = allocationCounter();
        SplittableRandom random = new SplittableRandom(6);
        io.lrpg.core.tensor.TensorAgent agent =
                io.lrpg.core.tensor.TensorAgent.create(tensorSettings(adamMode, transform), random);
        PreparedEnvironment environment = new PreparedEnvironment(random, 50, 3);
        io.lrpg.core.train.PolicyGradientTrainer trainer =
                new io.lrpg.core.train.PolicyGradientTrainer(new io.lrpg.core.train.TrainerSettings(0.9, 1, 80), 3);
        int episodes = 2000;
        for (int e = 0; e < episodes; e++) { // warm up
            trainer.trainOneEpisode(e, environment, agent.actor(), agent.critic(), random);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int e = 0; e < episodes; e++) {
            trainer.trainOneEpisode(e, environment, agent.actor(), agent.critic(), random);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 32L * episodes + 4096, "allocated " + allocated + " bytes over " + episodes
                + " episodes of 50 steps");
        assertEquals(50, trainer.lastEpisode().length());
    }

    private static double exerciseTensor(io.lrpg.core.tensor.TensorAgent agent, Buffers b, SplittableRandom random,
            int calls) {
        double sink = 0.0;
        for (int n = 0; n < calls; n++) {
            int t = n % 64;
            if (t == 0) {
                b.keyed().clear();
            }
            for (int d = 0; d < 3; d++) {
                b.s()[d] = b.states()[3 * t + d];
            }
            double a = agent.actor().sampleAction(b.s(), random, b.keyed().keys()); // the trainer's acting path
            b.keyed().add(b.s(), a, 0.5);
            sink += a + agent.actor().sampleAction(b.s(), random) + agent.critic().value(b.s())
                    + agent.actor().mean(b.s());
            if (t == 63) {
                agent.critic().update(b.keyed(), b.returns(), b.values()); // keys cached for the actor's axes,
                agent.actor().update(b.keyed(), b.advantages());           // the critic's computed
                agent.critic().values(b.plain(), b.values());               // indices from the observations
                agent.actor().update(b.plain(), b.advantages());
                agent.critic().update(b.plain(), b.returns());
                sink += b.values()[0];
            }
        }
        return sink;
    }

    /**
     * Episodes of a fixed number of steps whose {@link io.lrpg.core.env.Step}s are built up front, so that
     * stepping allocates nothing (against the {@link io.lrpg.core.env.Environment} contract of fresh arrays,
     * which is harmless here: the trainer copies what it keeps).
     */
    private static final class PreparedEnvironment implements io.lrpg.core.env.Environment {
        private final double[] start;
        private final io.lrpg.core.env.Step[] steps;
        private final int dimension;
        private int t;

        PreparedEnvironment(SplittableRandom random, int length, int dimension) {
            this.dimension = dimension;
            start = new double[dimension];
            for (int d = 0; d < dimension; d++) {
                start[d] = random.nextDouble(-1.5, 1.5);
            }
            steps = new io.lrpg.core.env.Step[length];
            for (int n = 0; n < length; n++) {
                double[] next = new double[dimension];
                for (int d = 0; d < dimension; d++) {
                    next[d] = random.nextDouble(-1.5, 1.5);
                }
                steps[n] = new io.lrpg.core.env.Step(next, random.nextDouble(-1, 1), n == length - 1, false);
            }
        }

        @Override
        public io.lrpg.core.env.Box observationSpace() {
            return io.lrpg.core.env.Box.uniform(dimension, -1.5, 1.5);
        }

        @Override
        public io.lrpg.core.env.Box actionSpace() {
            return io.lrpg.core.env.Box.uniform(1, -2.0, 2.0);
        }

        @Override
        public double[] reset() {
            t = 0;
            return start;
        }

        @Override
        public io.lrpg.core.env.Step step(double[] action) {
            return steps[t++];
        }
    }

    /** The episodes and arrays one round works on; {@code keyed} is refilled with step keys every 64 calls. */
    private record Buffers(EpisodeBuffer plain, EpisodeBuffer keyed, double[] states, double[] advantages,
            double[] returns, double[] values, double[] s) {
    }

    private static double exercise(LowRankGaussianPolicy actor, LowRankValueFunction critic, Buffers b,
            SplittableRandom random, int calls) {
        double sink = 0.0;
        for (int n = 0; n < calls; n++) {
            int t = n % 64;
            if (t == 0) {
                b.keyed().clear();
            }
            b.s()[0] = b.states()[2 * t];
            b.s()[1] = b.states()[2 * t + 1];
            double a = actor.sampleAction(b.s(), random, b.keyed().keys()); // the trainer's acting path
            b.keyed().add(b.s(), a, 0.5);
            sink += a + actor.sampleAction(b.s(), random) + critic.value(b.s());
            if (t == 63) {
                critic.update(b.keyed(), b.returns(), b.values()); // the trainer's update: the actor's cells
                actor.update(b.keyed(), b.advantages());           // cached, the critic's (another grid) computed
                critic.values(b.plain(), b.values());               // cells computed from the observations
                actor.update(b.plain(), b.advantages());
                critic.update(b.plain(), b.returns());
                sink += b.values()[0];
            }
        }
        return sink;
    }
}
