package io.lrpg.core.discretize;

import io.lrpg.bench.PaperShape;
import io.lrpg.bench.RecordedEpisode;
import io.lrpg.core.optim.AdamMode;
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
 * Mapping one state to its matrix cell with the paper's actor grid, {@link StateIndexer#row} and
 * {@link StateIndexer#column} (clip, scale, round each component; combine mixed-radix). The states are
 * 1024 real states of the environment, visited in turn.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class StateIndexerBenchmark {

    private static final int STATES = 1024; // a power of two: the cursor is masked

    /** The paper environment whose actor grid and states are used. */
    @Param({"pendulum", "acrobot", "goddard"})
    public String env;

    private StateIndexer indexer;
    private double[] states;
    private int dimension;
    private int columns;
    private int cursor;

    @Setup
    public void setUp() {
        PaperShape shape = PaperShape.parse(env);
        indexer = shape.lowRankSettings(AdamMode.DENSE).actorGrid().indexer();
        RecordedEpisode recorded = RecordedEpisode.record(shape, STATES, 19);
        dimension = shape.observationDimension();
        states = java.util.Arrays.copyOf(recorded.buffer().observations(), STATES * dimension);
        columns = indexer.columns();
    }

    /** The cell i·M + j of the next state. */
    @Benchmark
    public int cell() {
        int offset = (cursor++ & (STATES - 1)) * dimension;
        return indexer.row(states, offset) * columns + indexer.column(states, offset);
    }
}
