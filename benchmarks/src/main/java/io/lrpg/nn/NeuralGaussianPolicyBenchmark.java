package io.lrpg.nn;

import io.lrpg.bench.PaperShape;
import io.lrpg.bench.RecordedEpisode;
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
 * Choosing one action with the paper's network policy, {@link NeuralGaussianPolicy#sampleAction} (model
 * {@code nn}), on the same 1024 recorded states as
 * {@link io.lrpg.core.policy.LowRankGaussianPolicyBenchmark}. (The policy acts from a plain-Java copy of
 * its weights, so this is the D→H→1 forward pass without DL4J.)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xmx512m", "-XX:+UseSerialGC", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
        "-Dorg.bytedeco.javacpp.maxBytes=0"})
public class NeuralGaussianPolicyBenchmark {

    private static final int STATES = 1024; // a power of two: the cursor is masked

    /** The network policy and the states, in their own state (ND4J is loaded only here). */
    @State(Scope.Thread)
    public static class Network {
        /** The paper environment whose network shape and states are used. */
        @Param({"pendulum", "acrobot", "goddard"})
        public String env;

        NeuralGaussianPolicy policy;
        RandomGenerator noise;
        double[][] observations;
        int cursor;

        @Setup
        public void setUp() {
            PaperShape shape = PaperShape.parse(env);
            RandomStreams streams = RandomStreams.fromSeed(3);
            policy = NeuralBaseline.create(shape.preset().network(), streams.initialization()).actor();
            noise = streams.policy();
            RecordedEpisode recorded = RecordedEpisode.record(shape, STATES, 17);
            observations = new double[STATES][];
            for (int t = 0; t < STATES; t++) {
                observations[t] = recorded.observation(t);
            }
        }
    }

    /** a ~ π(· | s) for the next recorded state. */
    @Benchmark
    public double sampleAction(Network n) {
        double[] observation = n.observations[n.cursor++ & (STATES - 1)];
        return n.policy.sampleAction(observation, n.noise);
    }
}
