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
 * over many calls, so that even one small allocation per call would show as kilobytes.
 */
class AllocationTest {

    private static final int CALLS = 20_000;

    @ParameterizedTest
    @CsvSource({"DENSE, SCALAR, IDENTITY", "SPARSE, SCALAR, IDENTITY", "DENSE, PER_STATE, SIGMOID",
            "SPARSE, PER_STATE, SIGMOID"})
    void samplingValuesAndUpdatesDoNotAllocate(AdamMode adamMode, StdMode stdMode, MeanTransform transform) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());

        LowRankSettings settings = new LowRankSettings(LowRankAgentTestGrids.ACTOR, LowRankAgentTestGrids.CRITIC, 3,
                1e-2, 1e-1, 1.0, transform,
                transform == MeanTransform.SIGMOID ? ActionBounds.UNIT : ActionBounds.UNBOUNDED, stdMode, adamMode, 1.0);
        SplittableRandom random = new SplittableRandom(3);
        LowRankAgent agent = LowRankAgent.create(settings, random);
        LowRankGaussianPolicy actor = agent.actor();
        LowRankValueFunction critic = agent.critic();
        EpisodeBuffer episode = new EpisodeBuffer(2, 64);
        double[] advantages = new double[64];
        double[] returns = new double[64];
        double[] values = new double[64];
        double[] s = new double[2];
        for (int t = 0; t < 64; t++) {
            s[0] = random.nextDouble(-1.5, 1.5);
            s[1] = random.nextDouble(-1.5, 1.5);
            episode.add(s, actor.sampleAction(s, random), random.nextDouble());
            advantages[t] = random.nextDouble(-1, 1);
            returns[t] = random.nextDouble(-1, 1);
        }

        double sink = exercise(actor, critic, episode, advantages, returns, values, s, random, CALLS); // warm up
        long before = threads.getCurrentThreadAllocatedBytes();
        sink += exercise(actor, critic, episode, advantages, returns, values, s, random, CALLS);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(Double.isFinite(sink) || Double.isNaN(sink));
        // a single allocation per call would be ≥ 16 bytes × CALLS = 320 kB; allow the counter's own noise
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes over " + CALLS + " rounds");
        assertEquals(64, episode.length());
    }

    private static double exercise(LowRankGaussianPolicy actor, LowRankValueFunction critic, EpisodeBuffer episode,
            double[] advantages, double[] returns, double[] values, double[] s, SplittableRandom random, int calls) {
        double sink = 0.0;
        for (int n = 0; n < calls; n++) {
            sink += actor.sampleAction(s, random);
            sink += critic.value(s);
            if (n % 64 == 0) {
                critic.values(episode, values);
                actor.update(episode, advantages);
                critic.update(episode, returns);
            }
        }
        return sink;
    }
}
