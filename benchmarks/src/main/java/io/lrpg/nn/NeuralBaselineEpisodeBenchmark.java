package io.lrpg.nn;

import io.lrpg.bench.PaperShape;
import io.lrpg.core.env.Environment;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.EpisodeRecord;
import io.lrpg.core.train.PolicyGradientTrainer;
import io.lrpg.core.train.TrainerSettings;
import io.lrpg.envs.Environments;
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
 * One full training episode with the DL4J baseline (model {@code nn}),
 * {@link PolicyGradientTrainer#trainOneEpisode}, per paper environment: the counterpart of
 * {@link io.lrpg.core.train.PolicyGradientTrainerEpisodeBenchmark}, with the same seeds. Every iteration
 * runs the first episode of the same seeded run (fresh networks, fresh environment), in
 * {@link Mode#SingleShotTime}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 30)
@Measurement(iterations = 30)
@Fork(value = 3, jvmArgsAppend = {"-Xmx512m", "-XX:+UseSerialGC", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
        "-Dorg.bytedeco.javacpp.maxBytes=0"})
public class NeuralBaselineEpisodeBenchmark {

    /** The measured episode, replayed outside JMH (the table generator reports its length). */
    public static EpisodeRecord replay(PaperShape shape) {
        RandomStreams streams = RandomStreams.fromSeed(
                io.lrpg.core.train.PolicyGradientTrainerEpisodeBenchmark.RUN_SEED);
        NeuralBaseline networks = NeuralBaseline.create(shape.preset().network(), streams.initialization());
        Environment environment = Environments.create(shape.environment(), streams.environment());
        PolicyGradientTrainer trainer = new PolicyGradientTrainer(
                new TrainerSettings(shape.discount(), 1, shape.horizon()), shape.observationDimension());
        return trainer.trainOneEpisode(0, environment, networks.actor(), networks.critic(), streams.policy());
    }

    /** The trainer, networks and environment, in their own state (ND4J is loaded only here). */
    @State(Scope.Thread)
    public static class Run {
        /** The paper environment. */
        @Param({"pendulum", "acrobot", "goddard"})
        public String env;

        PaperShape shape;
        PolicyGradientTrainer trainer;
        NeuralBaseline networks;
        Environment environment;
        RandomGenerator noise;

        @Setup(Level.Trial)
        public void trainer() {
            shape = PaperShape.parse(env);
            trainer = new PolicyGradientTrainer(new TrainerSettings(shape.discount(), 1, shape.horizon()),
                    shape.observationDimension());
        }

        @Setup(Level.Iteration)
        public void freshRun() {
            RandomStreams streams = RandomStreams.fromSeed(
                    io.lrpg.core.train.PolicyGradientTrainerEpisodeBenchmark.RUN_SEED);
            networks = NeuralBaseline.create(shape.preset().network(), streams.initialization());
            environment = Environments.create(shape.environment(), streams.environment());
            noise = streams.policy();
        }
    }

    /** Collect one episode and update; returns its record. */
    @Benchmark
    public EpisodeRecord episode(Run r) {
        return r.trainer.trainOneEpisode(0, r.environment, r.networks.actor(), r.networks.critic(), r.noise);
    }
}
