package io.lrpg.core.policy;

import io.lrpg.bench.PaperShape;
import io.lrpg.bench.RecordedEpisode;
import io.lrpg.core.agent.LowRankAgent;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.random.RandomStreams;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Choosing one action with the paper's LRPG actor, {@link LowRankGaussianPolicy#sampleAction} (model
 * {@code lowrank}): index the state, read one entry of L Rᵀ, draw one Gaussian, clamp. The observations
 * are 1024 real states of the environment, visited in turn.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class LowRankGaussianPolicyBenchmark {

    private static final int STATES = 1024; // a power of two: the cursor is masked

    /** The paper environment whose actor shape and states are used. */
    @Param({"pendulum", "acrobot", "goddard"})
    public String env;

    private LowRankGaussianPolicy policy;
    private RandomGenerator noise;
    private double[][] observations;
    private int cursor;

    @Setup
    public void setUp() {
        PaperShape shape = PaperShape.parse(env);
        RandomStreams streams = RandomStreams.fromSeed(3);
        policy = LowRankAgent.create(shape.lowRankSettings(AdamMode.DENSE), streams.initialization()).actor();
        noise = streams.policy();
        RecordedEpisode recorded = RecordedEpisode.record(shape, STATES, 17);
        observations = new double[STATES][];
        for (int t = 0; t < STATES; t++) {
            observations[t] = recorded.observation(t);
        }
    }

    /** a ~ π(· | s) for the next recorded state. */
    @Benchmark
    public double sampleAction() {
        double[] observation = observations[cursor++ & (STATES - 1)];
        return policy.sampleAction(observation, noise);
    }
}
