package io.lrpg.envs;

import io.lrpg.core.env.Environment;
import io.lrpg.core.env.Step;
import io.lrpg.bench.StepInputs;
import io.lrpg.core.random.RandomStreams;
import java.util.concurrent.TimeUnit;
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
 * One {@link Environment#step} of each of the five environments as {@link Environments#create} builds
 * them, including the amortized episode reset (JMHSample_38). An episode ends when the environment ends
 * it (termination, or the registered time limit of the {@code -v1} environments) or after the paper's
 * horizon (pendulum 100, acrobot and goddard 1000 steps), as in training. The actions are 1024 seeded
 * draws (torque 𝒩(0, 1); Goddard throttle U[0, 1]), used in turn.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class EnvironmentStepBenchmark {

    private static final int ACTIONS = 1024; // a power of two: the cursor is masked

    /** The environment's external name. */
    @Param({"pendulum", "pendulum-v1", "acrobot", "acrobot-v1", "goddard"})
    public String env;

    private Environment environment;
    private double[][] actions;
    private int horizon;
    private int elapsed;
    private int cursor;

    @Setup
    public void setUp() {
        EnvironmentId id = EnvironmentId.parse(env);
        RandomStreams streams = RandomStreams.fromSeed(23);
        environment = Environments.create(id, streams.environment());
        // the -v1 environments' own TimeLimit ends their episodes at the same length
        horizon = StepInputs.horizon(id);
        actions = StepInputs.actions(id, streams.policy(), ACTIONS);
        environment.reset();
        elapsed = 0;
    }

    /** One step with the next action; resets when the episode is over. */
    @Benchmark
    public Step step() {
        Step step = environment.step(actions[cursor++ & (ACTIONS - 1)]);
        if (step.isLast() || ++elapsed >= horizon) {
            environment.reset(); // the reset is part of the measured work, amortized
            elapsed = 0;
        }
        return step;
    }
}
