package io.lrpg.nn;

import io.lrpg.bench.PaperShape;
import io.lrpg.bench.RecordedEpisode;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.Returns;
import java.util.concurrent.TimeUnit;
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
 * One training update of the DL4J {@link NeuralBaseline} (model {@code nn}) from the same recorded episode
 * as {@link io.lrpg.core.agent.LowRankAgentUpdateBenchmark} (same environment shape, same B, same seed),
 * in the trainer's order: returns, the critic's values and {@link NeuralValueFunction#update}, advantages,
 * {@link NeuralGaussianPolicy#update}. The networks live in their own {@link Networks} state, so ND4J is
 * initialized only in this benchmark's forks; the networks are rebuilt from their seed before each
 * iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xmx512m", "-XX:+UseSerialGC", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
        "-Dorg.bytedeco.javacpp.maxBytes=0"})
public class NeuralBaselineUpdateBenchmark {

    /** The DL4J actor and critic with the paper's network shape for {@code env}, and the recorded episode. */
    @State(Scope.Thread)
    public static class Networks {
        /** The paper environment whose network shape and typical episode length are used. */
        @Param({"pendulum", "acrobot", "goddard"})
        public String env;

        PaperShape shape;
        EpisodeBuffer episode;
        double[] rewards;
        double discount;
        double[] returns;
        double[] baseline;
        double[] advantages;
        NeuralGaussianPolicy actor;
        NeuralValueFunction critic;

        @Setup(Level.Trial)
        public void record() {
            shape = PaperShape.parse(env);
            RecordedEpisode recorded =
                    RecordedEpisode.record(shape, io.lrpg.core.agent.LowRankAgentUpdateBenchmark.EPISODE_SEED);
            episode = recorded.buffer();
            rewards = recorded.rewards();
            discount = shape.discount();
            returns = new double[recorded.length()];
            baseline = new double[recorded.length()];
            advantages = new double[recorded.length()];
        }

        @Setup(Level.Iteration)
        public void freshNetworks() {
            NeuralBaseline baseline = NeuralBaseline.create(shape.preset().network(),
                    RandomStreams.fromSeed(5).initialization());
            actor = baseline.actor();
            critic = baseline.critic();
        }
    }

    /** G_t, critic step with V(s_t) before it, A_t, actor step; returns σ after the update. */
    @Benchmark
    public double update(Networks n) {
        int length = n.episode.length();
        Returns.discounted(n.rewards, length, n.discount, n.returns);
        n.critic.update(n.episode, n.returns, n.baseline); // V(s_t) before the critic's step, then the step
        Returns.advantages(n.returns, n.baseline, length, n.advantages);
        n.actor.update(n.episode, n.advantages);
        return n.actor.standardDeviation();
    }
}
