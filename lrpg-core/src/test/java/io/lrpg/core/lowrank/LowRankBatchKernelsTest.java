package io.lrpg.core.lowrank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batched kernels ({@link LowRankMatrix#entries}, {@link LowRankGradient#accumulate(LowRankMatrix, int[],
 * double[], int)}), whose rank loop is written out for k = 2 and 4, give the single-cell results bit for bit
 * at every rank, with repeated cells, rows and columns.
 */
class LowRankBatchKernelsTest {

    private static final int N = 5;
    private static final int M = 7;
    private static final int B = 60;

    /** B cells that revisit rows, columns and whole cells, as episodes do, in runs of about 1.5 steps in one cell. */
    private static int[] cells(SplittableRandom random) {
        return cells(random, 3, 2);
    }

    /**
     * B cells in runs of consecutive steps in one cell: a step repeats the previous cell unless a draw of
     * {@code nextInt(odds)} is below {@code changes} (the accumulation sums runs in registers when they are long).
     */
    private static int[] cells(SplittableRandom random, int odds, int changes) {
        int[] cells = new int[2 * B];
        for (int t = 0; t < B; t++) {
            boolean repeat = t > 0 && random.nextInt(odds) >= changes;
            cells[2 * t] = repeat ? cells[2 * t - 2] : random.nextInt(N);
            cells[2 * t + 1] = repeat ? cells[2 * t - 1] : random.nextInt(M);
        }
        return cells;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void entriesEqualGetBitForBit(int k) {
        SplittableRandom random = new SplittableRandom(k);
        LowRankMatrix x = LowRankMatrix.gaussian(N, M, k, 1.0, random);
        // row 0 of L all −0.0 and R positive: the products are −0.0 and get's sum 0.0 + (−0.0) + … is +0.0
        for (int q = 0; q < k; q++) {
            x.left().data[q] = -0.0;
        }
        for (int n = 0; n < M * k; n++) {
            x.right().data[n] = Math.abs(x.right().data[n]);
        }
        int[] cells = cells(random);
        cells[0] = 0;
        double[] out = new double[B + 1];
        out[B] = 42.0;
        x.entries(cells, B, out);
        for (int t = 0; t < B; t++) {
            assertEquals(Double.doubleToRawLongBits(x.get(cells[2 * t], cells[2 * t + 1])),
                    Double.doubleToRawLongBits(out[t]), "t = " + t);
        }
        assertEquals(42.0, out[B], 0.0, "writes only the first length entries");
    }

    @ParameterizedTest
    @CsvSource({"1, 3", "2, 3", "3, 3", "4, 3", "5, 3", "2, 12", "4, 12"})
    void batchedAccumulateEqualsSingleAccumulatesInOrder(int k, int odds) {
        // odds 3: runs of about 1.5 steps, summed step by step; odds 12: runs of about 12, summed in registers
        SplittableRandom random = new SplittableRandom(10 + k);
        LowRankMatrix x = LowRankMatrix.gaussian(N, M, k, 1.0, random);
        int[] cells = cells(random, odds, odds == 3 ? 2 : 1);
        double[] g = new double[B];
        for (int t = 0; t < B; t++) {
            g[t] = random.nextDouble(-3, 3) * Math.pow(10, random.nextInt(-8, 8)); // magnitudes that round
        }
        LowRankGradient batched = new LowRankGradient(x);
        LowRankGradient single = new LowRankGradient(x);
        for (int pass = 0; pass < 2; pass++) { // the second pass adds to rows that are not zero
            batched.accumulate(x, cells, g, B);
            for (int t = 0; t < B; t++) {
                single.accumulate(x, cells[2 * t], cells[2 * t + 1], g[t]);
            }
        }
        assertArrayEquals(single.leftArray(), batched.leftArray());
        assertArrayEquals(single.rightArray(), batched.rightArray());
        assertEquals(single.touchedLeftRows(), batched.touchedLeftRows());
        assertEquals(single.touchedRightRows(), batched.touchedRightRows());
        for (int n = 0; n < single.touchedLeftRows(); n++) {
            assertEquals(single.touchedLeftRow(n), batched.touchedLeftRow(n));
        }
        for (int n = 0; n < single.touchedRightRows(); n++) {
            assertEquals(single.touchedRightRow(n), batched.touchedRightRow(n));
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 3", "2, 3", "3, 3", "4, 3", "5, 3", "2, 12", "4, 12"})
    void residualsInOnePassEqualEntriesResidualsAndAccumulate(int k, int odds) {
        // odds 3: the one-pass loop at k = 2, 4; odds 12 (long runs) and k = 1, 3, 5: the three passes
        SplittableRandom random = new SplittableRandom(30 + k);
        LowRankMatrix x = LowRankMatrix.gaussian(N, M, k, 1.0, random);
        int[] cells = cells(random, odds, odds == 3 ? 2 : 1);
        double[] targets = new double[B];
        for (int t = 0; t < B; t++) {
            targets[t] = random.nextDouble(-3, 3) * Math.pow(10, random.nextInt(-4, 4));
        }
        double scale = 2.0 / B;
        for (io.lrpg.core.optim.RowTracking rows : io.lrpg.core.optim.RowTracking.values()) {
            LowRankGradient fused = new LowRankGradient(x, rows);
            LowRankGradient separate = new LowRankGradient(x, rows);
            double[] fusedEntries = new double[B];
            double[] entries = new double[B];
            double[] residuals = new double[B];
            for (int pass = 0; pass < 2; pass++) { // the second pass adds to rows that are not zero
                fused.accumulateResiduals(x, cells, targets, scale, B, fusedEntries);
                x.entries(cells, B, entries);
                for (int t = 0; t < B; t++) {
                    residuals[t] = scale * (entries[t] - targets[t]);
                }
                separate.accumulate(x, cells, residuals, B);
            }
            assertArrayEquals(entries, fusedEntries);
            assertArrayEquals(separate.leftArray(), fused.leftArray());
            assertArrayEquals(separate.rightArray(), fused.rightArray());
            if (rows == io.lrpg.core.optim.RowTracking.TRACKED) {
                assertEquals(separate.touchedLeftRows(), fused.touchedLeftRows());
                assertEquals(separate.touchedRightRows(), fused.touchedRightRows());
            }
        }
        LowRankGradient gradient = new LowRankGradient(x);
        assertThrows(IndexOutOfBoundsException.class, () -> gradient.accumulateResiduals(x, new int[] {0, M},
                new double[] {1.0}, 1.0, 1, new double[1]));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 5})
    void anUntrackedGradientAccumulatesTheSameAndClearsEverything(int k) {
        SplittableRandom random = new SplittableRandom(20 + k);
        LowRankMatrix x = LowRankMatrix.gaussian(N, M, k, 1.0, random);
        int[] cells = cells(random);
        double[] g = new double[B];
        for (int t = 0; t < B; t++) {
            g[t] = random.nextDouble(-3, 3);
        }
        LowRankGradient tracked = new LowRankGradient(x, io.lrpg.core.optim.RowTracking.TRACKED);
        LowRankGradient untracked = new LowRankGradient(x, io.lrpg.core.optim.RowTracking.UNTRACKED);
        for (int round = 0; round < 2; round++) { // the second round starts from a cleared gradient
            tracked.clear();
            untracked.clear();
            tracked.accumulate(x, cells, g, B / 2);
            untracked.accumulate(x, cells, g, B / 2);
            tracked.accumulate(x, cells[B], cells[B + 1], 0.5);
            untracked.accumulate(x, cells[B], cells[B + 1], 0.5);
            assertArrayEquals(tracked.leftArray(), untracked.leftArray());
            assertArrayEquals(tracked.rightArray(), untracked.rightArray());
        }
        assertEquals(io.lrpg.core.optim.RowTracking.UNTRACKED, untracked.rows());
        assertThrows(IllegalStateException.class, untracked::touchedLeftRows);
        assertThrows(IllegalStateException.class, () -> untracked.touchedRightRow(0));
        untracked.clear();
        assertArrayEquals(new double[N * k], untracked.leftArray());
        assertArrayEquals(new double[M * k], untracked.rightArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void cellsOutsideTheMatrixAreRejected(int k) {
        LowRankMatrix x = LowRankMatrix.gaussian(N, M, k, 1.0, new SplittableRandom(1));
        double[] out = new double[2];
        assertThrows(IndexOutOfBoundsException.class, () -> x.entries(new int[] {0, 0, N, 0}, 2, out));
        assertThrows(IndexOutOfBoundsException.class, () -> x.entries(new int[] {0, M}, 1, out));
        assertThrows(IndexOutOfBoundsException.class, () -> x.entries(new int[] {-1, 0}, 1, out));
        LowRankGradient gradient = new LowRankGradient(x);
        assertThrows(IndexOutOfBoundsException.class,
                () -> gradient.accumulate(x, new int[] {0, M}, new double[] {1.0}, 1));
        assertThrows(IllegalArgumentException.class, () -> gradient.accumulate(
                LowRankMatrix.gaussian(N, M, k + 1, 1.0, new SplittableRandom(2)), new int[] {0, 0}, out, 1));
    }
}
