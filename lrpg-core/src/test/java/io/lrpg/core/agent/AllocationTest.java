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
 * (cells computed from the observations).
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
        PreparedEnvironment environment = new PreparedEnvironment(random, 50);
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

    /**
     * Episodes of a fixed number of steps whose {@link io.lrpg.core.env.Step}s are built up front, so that
     * stepping allocates nothing (against the {@link io.lrpg.core.env.Environment} contract of fresh arrays,
     * which is harmless here: the trainer copies what it keeps).
     */
    private static final class PreparedEnvironment implements io.lrpg.core.env.Environment {
        private final double[] start = {0.3, -0.4};
        private final io.lrpg.core.env.Step[] steps;
        private int t;

        PreparedEnvironment(SplittableRandom random, int length) {
            steps = new io.lrpg.core.env.Step[length];
            for (int n = 0; n < length; n++) {
                steps[n] = new io.lrpg.core.env.Step(
                        new double[] {random.nextDouble(-1.5, 1.5), random.nextDouble(-1.5, 1.5)},
                        random.nextDouble(-1, 1), n == length - 1, false);
            }
        }

        @Override
        public io.lrpg.core.env.Box observationSpace() {
            return io.lrpg.core.env.Box.uniform(2, -1.5, 1.5);
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
