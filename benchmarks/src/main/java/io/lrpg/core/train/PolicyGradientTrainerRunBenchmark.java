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
 * A whole LRPG training run end to end, {@link PolicyGradientTrainer#train} with the paper's settings
 * (model {@code lowrank}, dense Adam): acting, environment steps, episode bookkeeping and one update per
 * episode, on one thread, with no JVM start-up in the measurement. The figure of merit is environment
 * steps per second: the table generator divides the time of a run by its number of steps, which
 * {@link #steps} obtains by replaying the same seeded run outside JMH.
 *
 * <p>Every iteration trains the same seeded run from scratch (fresh agent, fresh environment; built
 * before the iteration, not timed), so all iterations take the same steps. Pendulum and acrobot run the
 * paper's 1000 episodes; Goddard runs {@value #GODDARD_EPISODES} of the paper's 30 000 (a short run).
 *
 * <p>The figure is a run at the JIT's steady state, as in {@code lrpg train}, which trains hundreds of runs in one
 * JVM. A fork reaches it late on pendulum: measured over 150 iterations without warm-up (2026-11-29, two forks),
 * its runs took about 10 ms each from iteration 10 to 50 and then 6.3–6.5 ms from about iteration 50 on (a later
 * compilation of the trainer's loop); acrobot and Goddard settle within 10. With the 15 warm-up iterations used
 * until then, the pendulum figure (117 ns per step on 2026-11-29) was that intermediate state; 100 warm-up
 * iterations cost about a minute over the whole suite.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 100)
@Measurement(iterations = 15)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class PolicyGradientTrainerRunBenchmark {

    /** The seed of the measured run. */
    public static final long RUN_SEED = 29;

    /** The episodes of the short Goddard run. */
    public static final int GODDARD_EPISODES = 3000;

    /** The paper environment. */
    @Param({"pendulum", "acrobot", "goddard"})
    public String env;

    private PolicyGradientTrainer trainer;
    private LowRankAgent agent;
    private Environment environment;
    private RandomGenerator noise;

    /** The trainer settings of the measured run: the paper's, with Goddard shortened. */
    public static TrainerSettings settings(PaperShape shape) {
        TrainerSettings paper = shape.preset().trainer();
        return shape == PaperShape.GODDARD ? paper.withEpisodes(GODDARD_EPISODES) : paper;
    }

    /** The environment steps of the measured run, replayed outside JMH (Σ of its episode lengths). */
    public static long steps(PaperShape shape) {
        Run run = Run.fresh(shape);
        long steps = 0;
        for (int length : run.train().lengths()) {
            steps += length;
        }
        return steps;
    }

    @Setup(Level.Iteration)
    public void freshRun() {
        Run run = Run.fresh(PaperShape.parse(env));
        trainer = run.trainer;
        agent = run.agent;
        environment = run.environment;
        noise = run.noise;
    }

    /** Trains the run; returns its learning curve. */
    @Benchmark
    public LearningCurve run() {
        return trainer.train(environment, agent.actor(), agent.critic(), noise, record -> { });
    }

    /** One seeded run, built as the experiment runner builds it. */
    private record Run(PolicyGradientTrainer trainer, LowRankAgent agent, Environment environment,
            RandomGenerator noise) {

        static Run fresh(PaperShape shape) {
            RandomStreams streams = RandomStreams.fromSeed(RUN_SEED);
            Environment environment = Environments.create(shape.environment(), streams.environment());
            LowRankAgent agent = LowRankAgent.create(shape.lowRankSettings(AdamMode.DENSE), streams.initialization());
            return new Run(new PolicyGradientTrainer(settings(shape), shape.observationDimension()), agent,
                    environment, streams.policy());
        }

        LearningCurve train() {
            return trainer.train(environment, agent.actor(), agent.critic(), noise, record -> { });
        }
    }
}
