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
 * One per-sample gradient contribution, {@link LowRankGradient#accumulate}: ∂ℒ/∂L[i, :] += g·R[j, :] and
 * ∂ℒ/∂R[j, :] += g·L[i, :], versus the rank k, on a 100×100 matrix; 1024 seeded random (i, j, g), visited
 * in turn. The gradient is cleared (O(touched rows · k)) every 1024 contributions, as the models clear it
 * once per episode; that cost is included, amortized.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class LowRankGradientBenchmark {

    static final int SIDE = 100;
    static final int CELLS = 1024; // a power of two: the cursor is masked

    /** k. */
    @Param({"1", "2", "4", "8", "16"})
    public int k;

    private LowRankMatrix matrix;
    private LowRankGradient gradient;
    private int[] rows;
    private int[] columns;
    private double[] values;
    private int cursor;

    @Setup
    public void setUp() {
        RandomGenerator random = RandomStreams.fromSeed(2).initialization();
        matrix = LowRankMatrix.gaussian(SIDE, SIDE, k, 1.0, random);
        gradient = new LowRankGradient(matrix);
        rows = new int[CELLS];
        columns = new int[CELLS];
        values = new double[CELLS];
        for (int n = 0; n < CELLS; n++) {
            rows[n] = random.nextInt(SIDE);
            columns[n] = random.nextInt(SIDE);
            values[n] = random.nextGaussian();
        }
    }

    /** Adds the next contribution; returns the updated ∂ℒ/∂L[i, 0]. */
    @Benchmark
    public double accumulate() {
        int n = cursor++ & (CELLS - 1);
        if (n == 0) {
            gradient.clear(); // once per 1024 contributions, like once per episode
        }
        int i = rows[n];
        gradient.accumulate(matrix, i, columns[n], values[n]);
        return gradient.left(i, 0);
    }
}
