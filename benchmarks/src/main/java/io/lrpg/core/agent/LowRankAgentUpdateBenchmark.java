package io.lrpg.core.agent;

import io.lrpg.bench.PaperShape;
import io.lrpg.bench.RecordedEpisode;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.policy.LowRankGaussianPolicy;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.Returns;
import io.lrpg.core.value.LowRankValueFunction;
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
 * One LRPG training update of a {@link LowRankAgent} from a recorded episode of the paper's shape
 * (model {@code lowrank}): exactly the update part of
 * {@link io.lrpg.core.train.PolicyGradientTrainer#trainOneEpisode}, i.e. the returns G_t, the critic's step
 * with its values V(s_t) from before it ({@link LowRankValueFunction#update(EpisodeBuffer, double[],
 * double[])}), the advantages A_t and {@link LowRankGaussianPolicy#update}, for both Adam modes.
 *
 * <p>The same B transitions are used for every update (see {@link RecordedEpisode}); they carry the
 * actor's cells as step keys, written while they were recorded, as in training (the critic reads them where
 * its grid is the actor's, acrobot and Goddard, and computes its cells otherwise). So that repeating
 * them millions of times cannot collapse σ, log σ is written back to its initial value before each update
 * (an O(1) store), and the agent is rebuilt from its seed before each iteration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class LowRankAgentUpdateBenchmark {

    /** The seed the episode is recorded with (the table generator replays it to count touched rows). */
    public static final long EPISODE_SEED = 11;

    /** The paper environment whose shape and typical episode length are used. */
    @Param({"pendulum", "acrobot", "goddard"})
    public String env;

    /** {@code DENSE} (PyTorch Adam, the reference) or {@code SPARSE} (SparseAdam semantics). */
    @Param({"DENSE", "SPARSE"})
    public String adam;

    private PaperShape shape;
    private EpisodeBuffer episode;
    private double[] rewards;
    private double discount;
    private double initialLogStd;
    private LowRankGaussianPolicy actor;
    private LowRankValueFunction critic;
    private double[] returns;
    private double[] baseline;
    private double[] advantages;

    @Setup(Level.Trial)
    public void record() {
        shape = PaperShape.parse(env);
        RecordedEpisode recorded = RecordedEpisode.record(shape, EPISODE_SEED);
        episode = recorded.buffer();
        rewards = recorded.rewards();
        discount = shape.discount();
        returns = new double[recorded.length()];
        baseline = new double[recorded.length()];
        advantages = new double[recorded.length()];
    }

    @Setup(Level.Iteration)
    public void freshAgent() {
        LowRankSettings settings = shape.lowRankSettings(AdamMode.valueOf(adam));
        LowRankAgent agent = LowRankAgent.create(settings, RandomStreams.fromSeed(5).initialization());
        actor = agent.actor();
        critic = agent.critic();
        initialLogStd = settings.initialLogStd();
    }

    /** G_t, critic step with V(s_t) before it, A_t, actor step; returns the updated log σ. */
    @Benchmark
    public double update() {
        int length = episode.length();
        Returns.discounted(rewards, length, discount, returns);     // G_t
        critic.update(episode, returns, baseline);                   // critic step; V(s_t) before it
        Returns.advantages(returns, baseline, length, advantages);   // A_t = G_t − V(s_t)
        actor.setLogStd(initialLogStd);                              // keeps σ from collapsing (see class doc)
        actor.update(episode, advantages);
        return actor.logStd();
    }
}
