package io.lrpg.core.lowrank;

import io.lrpg.core.random.RandomStreams;
import java.util.random.RandomGenerator;
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
 * One entry X[i, j] = Σ_r L[i, r]·R[j, r] of a {@link LowRankMatrix} ({@link LowRankMatrix#get}), the
 * kernel behind every action and value, versus the rank k, on a 100×100 matrix. The cells are 1024
 * seeded random (i, j) pairs, visited in turn.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class LowRankMatrixBenchmark {

    static final int SIDE = 100;
    static final int CELLS = 1024; // a power of two: the cursor is masked

    /** k. */
    @Param({"1", "2", "4", "8", "16"})
    public int k;

    private LowRankMatrix matrix;
    private int[] rows;
    private int[] columns;
    private int cursor;

    @Setup
    public void setUp() {
        RandomGenerator random = RandomStreams.fromSeed(1).initialization();
        matrix = LowRankMatrix.gaussian(SIDE, SIDE, k, 1.0, random);
        rows = new int[CELLS];
        columns = new int[CELLS];
        for (int n = 0; n < CELLS; n++) {
            rows[n] = random.nextInt(SIDE);
            columns[n] = random.nextInt(SIDE);
        }
    }

    /** X[i, j] for the next cell. */
    @Benchmark
    public double get() {
        int n = cursor++ & (CELLS - 1);
        return matrix.get(rows[n], columns[n]);
    }
}
