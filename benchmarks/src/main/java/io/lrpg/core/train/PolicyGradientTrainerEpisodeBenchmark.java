package io.lrpg.core.train;

import io.lrpg.bench.PaperShape;
import io.lrpg.core.agent.LowRankAgent;
import io.lrpg.core.env.Environment;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.random.RandomStreams;
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
 * One full LRPG training episode, {@link PolicyGradientTrainer#trainOneEpisode} (collect up to the paper's
 * horizon, then update actor and critic), per paper environment, model {@code lowrank}, both Adam modes.
 * The unit of work is an episode, so the mode is {@link Mode#SingleShotTime} with many iterations.
 *
 * <p>Every iteration runs the <em>first</em> episode of the same seeded run (fresh agent, fresh
 * environment, same seeds), so all iterations measure the same trajectory and the same number of steps;
 * the episode lengths are those of a freshly initialized agent (see the report).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 300)
@Measurement(iterations = 200)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class PolicyGradientTrainerEpisodeBenchmark {

    /** The seed of the run whose first episode every iteration replays. */
    public static final long RUN_SEED = 29;

    /** The paper environment. */
    @Param({"pendulum", "acrobot", "goddard"})
    public String env;

    /** {@code DENSE} (PyTorch Adam, the reference) or {@code SPARSE} (SparseAdam semantics). */
    @Param({"DENSE", "SPARSE"})
    public String adam;

    private PaperShape shape;
    private PolicyGradientTrainer trainer;
    private LowRankAgent agent;
    private Environment environment;
    private RandomGenerator noise;

    @Setup(Level.Trial)
    public void trainer() {
        shape = PaperShape.parse(env);
        trainer = new PolicyGradientTrainer(new TrainerSettings(shape.discount(), 1, shape.horizon()),
                shape.observationDimension());
    }

    @Setup(Level.Iteration)
    public void freshRun() {
        RandomStreams streams = RandomStreams.fromSeed(RUN_SEED);
        agent = LowRankAgent.create(shape.lowRankSettings(AdamMode.valueOf(adam)), streams.initialization());
        environment = Environments.create(shape.environment(), streams.environment());
        noise = streams.policy();
    }

    /** The measured episode, replayed outside JMH (the table generator reports its length). */
    public static EpisodeRecord replay(PaperShape shape, AdamMode mode) {
        RandomStreams streams = RandomStreams.fromSeed(RUN_SEED);
        LowRankAgent agent = LowRankAgent.create(shape.lowRankSettings(mode), streams.initialization());
        Environment environment = Environments.create(shape.environment(), streams.environment());
        PolicyGradientTrainer trainer = new PolicyGradientTrainer(
                new TrainerSettings(shape.discount(), 1, shape.horizon()), shape.observationDimension());
        return trainer.trainOneEpisode(0, environment, agent.actor(), agent.critic(), streams.policy());
    }

    /** Collect one episode and update; returns its record (return and length). */
    @Benchmark
    public EpisodeRecord episode() {
        return trainer.trainOneEpisode(0, environment, agent.actor(), agent.critic(), noise);
    }
}
