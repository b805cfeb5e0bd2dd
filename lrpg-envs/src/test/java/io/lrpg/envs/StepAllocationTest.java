package io.lrpg.envs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A step allocates at most the returned observation and {@link Step}: measured with the JVM's per-thread
 * allocation counter over many steps (no boxing, no temporary arrays in RK4). The actions cycle through values
 * inside and outside the action space, so clipped and unclipped paths (the mountain car's float32 and double
 * arithmetic) are both measured.
 */
class StepAllocationTest {

    private static final int STEPS = 20_000;

    @ParameterizedTest
    @EnumSource(EnvironmentId.class)
    void stepAllocatesOnlyItsResult(EnvironmentId id) {
        var threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "no allocation counter on this JVM");
        var counter = (com.sun.management.ThreadMXBean) threads;
        assumeTrue(counter.isThreadAllocatedMemoryEnabled());
        Environment environment = Environments.create(id, new SplittableRandom(1));
        double[][] actions = {{0.3}, {1.7}, {-0.6}, {-2.5}};
        run(environment, actions, STEPS); // warm up
        long thread = Thread.currentThread().getId();
        long before = counter.getThreadAllocatedBytes(thread);
        long resets = run(environment, actions, STEPS);
        long allocated = counter.getThreadAllocatedBytes(thread) - before;
        int observationBytes = 16 + 8 * environment.observationSpace().dimension();
        long allowed = STEPS * (observationBytes + 32L) + resets * (observationBytes + 64L) + 16_384;
        assertTrue(allocated <= allowed, () -> id + ": " + allocated + " bytes for " + STEPS + " steps, allowed " + allowed);
    }

    private static long run(Environment environment, double[][] actions, int steps) {
        long resets = 1;
        environment.reset();
        for (int t = 0; t < steps; t++) {
            Step step = environment.step(actions[t & 3]);
            if (step.isLast()) {
                environment.reset();
                resets++;
            }
        }
        return resets;
    }
}
