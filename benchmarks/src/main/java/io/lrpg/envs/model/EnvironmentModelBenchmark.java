package io.lrpg.envs.model;

import io.lrpg.bench.StepInputs;
import io.lrpg.core.random.RandomStreams;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.Environments;
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
 * The physics alone of one step, {@link EnvironmentModel#transition} + {@link EnvironmentModel#reward} +
 * {@link EnvironmentModel#terminal} into preallocated arrays, without the episode protocol of
 * {@link ModelEnvironment#step} (which also allocates the observation and the {@code Step}). Set beside
 * {@link io.lrpg.envs.EnvironmentStepBenchmark} it separates the cost of the dynamics from the cost of the
 * {@code Environment} interface. Episodes restart from a fresh initial state on termination or after the
 * same horizons as there; the actions are the same seeded draws.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class EnvironmentModelBenchmark {

    private static final int ACTIONS = 1024; // a power of two: the cursor is masked

    /** The environment's external name. */
    @Param({"pendulum", "pendulum-v1", "acrobot", "acrobot-v1", "goddard"})
    public String env;

    private EnvironmentModel model;
    private RandomGenerator random;
    private double[] state;
    private double[] next;
    private double[][] actions;
    private int horizon;
    private int elapsed;
    private int cursor;

    @Setup
    public void setUp() {
        EnvironmentId id = EnvironmentId.parse(env);
        RandomStreams streams = RandomStreams.fromSeed(23);
        model = Environments.model(id);
        random = streams.environment();
        horizon = StepInputs.horizon(id);
        actions = StepInputs.actions(id, streams.policy(), ACTIONS);
        state = new double[model.stateDimension()];
        next = new double[model.stateDimension()];
        model.initialState(random, state);
        elapsed = 0;
    }

    /** s' = f(s, a), r(s, a, s'), terminal(s, a, s'); returns r. */
    @Benchmark
    public double transition() {
        double[] action = actions[cursor++ & (ACTIONS - 1)];
        model.transition(state, action, next);
        double reward = model.reward(state, action, next);
        boolean terminal = model.terminal(state, action, next);
        double[] swap = state;
        state = next;
        next = swap;
        if (terminal || ++elapsed >= horizon) {
            model.initialState(random, state); // amortized restart, as in the step benchmark
            elapsed = 0;
        }
        return reward;
    }
}
