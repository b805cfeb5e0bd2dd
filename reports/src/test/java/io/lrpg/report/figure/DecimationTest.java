package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Min/max-preserving decimation: a 30 000-point noisy curve over 500 pixel columns (60 points per column) keeps at most
 * four points per column, and every column's lowest and highest value, computed here by bucketing the full curve.
 */
class DecimationTest {

    private static final int N = 30_000;
    private static final int COLUMNS = 500;

    /** A random walk plus noise, x spread evenly over 500 columns starting at pixel 40.3. */
    private static double[][] noisyCurve() {
        SplittableRandom random = new SplittableRandom(7);
        double[] px = new double[N];
        double[] py = new double[N];
        double walk = 0;
        for (int i = 0; i < N; i++) {
            px[i] = 40.3 + i * (double) COLUMNS / N;
            walk += TestCurves.gaussian(random);
            py[i] = 200 + walk + 5 * TestCurves.gaussian(random);
        }
        return new double[][] {px, py};
    }

    @Test
    void keepsAtMostFourPointsPerColumnAndTheEnvelope() {
        double[][] c = noisyCurve();
        double[] px = c[0];
        double[] py = c[1];
        int[] kept = Decimation.minMax(px, py, 0, N);
        assertEquals(0, kept[0]);
        assertEquals(N - 1, kept[kept.length - 1]);
        for (int j = 1; j < kept.length; j++) {
            assertTrue(kept[j] > kept[j - 1], "indices increase");
        }
        int first = (int) Math.floor(px[0]);
        int last = (int) Math.floor(px[N - 1]);
        int[] keptPerColumn = new int[last - first + 1];
        double[] keptMin = filled(last - first + 1, Double.POSITIVE_INFINITY);
        double[] keptMax = filled(last - first + 1, Double.NEGATIVE_INFINITY);
        for (int i : kept) {
            int col = (int) Math.floor(px[i]) - first;
            keptPerColumn[col]++;
            keptMin[col] = Math.min(keptMin[col], py[i]);
            keptMax[col] = Math.max(keptMax[col], py[i]);
        }
        double[] fullMin = filled(last - first + 1, Double.POSITIVE_INFINITY);
        double[] fullMax = filled(last - first + 1, Double.NEGATIVE_INFINITY);
        int[] firstIndex = new int[last - first + 1];
        int[] lastIndex = new int[last - first + 1];
        Arrays.fill(firstIndex, -1);
        for (int i = 0; i < N; i++) {
            int col = (int) Math.floor(px[i]) - first;
            fullMin[col] = Math.min(fullMin[col], py[i]);
            fullMax[col] = Math.max(fullMax[col], py[i]);
            if (firstIndex[col] < 0) {
                firstIndex[col] = i;
            }
            lastIndex[col] = i;
        }
        Set<Integer> keptSet = new HashSet<>();
        for (int i : kept) {
            keptSet.add(i);
        }
        for (int col = 0; col < keptPerColumn.length; col++) {
            assertTrue(keptPerColumn[col] <= 4, "column " + col + " keeps " + keptPerColumn[col]);
            assertEquals(fullMin[col], keptMin[col], 0, "column " + col + " minimum");
            assertEquals(fullMax[col], keptMax[col], 0, "column " + col + " maximum");
            assertTrue(keptSet.contains(firstIndex[col]) && keptSet.contains(lastIndex[col]),
                    "column " + col + " keeps its first and last point");
        }
        assertTrue(kept.length <= 4 * keptPerColumn.length);
        assertTrue(kept.length > 3 * keptPerColumn.length, "noisy columns keep 3–4 points: " + kept.length);
    }

    @Test
    void bandEdgesKeepOneExtremePerColumnAndTheEnds() {
        double[][] c = noisyCurve();
        double[] px = c[0];
        double[] py = c[1];
        int[] kept = Decimation.extreme(px, py, 0, N, Extreme.MAX);
        assertEquals(0, kept[0]);
        assertEquals(N - 1, kept[kept.length - 1]);
        int first = (int) Math.floor(px[0]);
        int columns = (int) Math.floor(px[N - 1]) - first + 1;
        double[] keptMax = filled(columns, Double.NEGATIVE_INFINITY);
        int[] perColumn = new int[columns];
        for (int i : kept) {
            int col = (int) Math.floor(px[i]) - first;
            keptMax[col] = Math.max(keptMax[col], py[i]);
            perColumn[col]++;
        }
        for (int col = 0; col < columns; col++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < N; i++) {
                if ((int) Math.floor(px[i]) - first == col) {
                    max = Math.max(max, py[i]);
                }
            }
            assertEquals(max, keptMax[col], 0, "column " + col);
            int allowed = col == 0 || col == columns - 1 ? 2 : 1;
            assertTrue(perColumn[col] <= allowed, "column " + col + " keeps " + perColumn[col]);
        }
        int[] low = Decimation.extreme(px, py, 0, N, Extreme.MIN);
        double lowest = Double.POSITIVE_INFINITY;
        for (int i : low) {
            lowest = Math.min(lowest, py[i]);
        }
        assertEquals(Arrays.stream(py).min().getAsDouble(), lowest, 0);
    }

    @Test
    void bucketsAreRunsOfOneColumnSoABackwardStepStartsANewBucket() {
        // columns 0, 0, 1, 0: the return to column 0 is a new bucket, so all four points are kept in order
        double[] px = {0.1, 0.5, 1.2, 0.7};
        double[] py = {1, 2, 3, 4};
        assertEquals(4, Decimation.minMax(px, py, 0, 4).length);
        // five points in one column keep first, min, max, last
        double[] qx = {0.1, 0.2, 0.3, 0.4, 0.5};
        double[] qy = {5, 1, 3, 9, 4};
        assertArrayEquals(new int[] {0, 1, 3, 4}, Decimation.minMax(qx, qy, 0, 5));
        // a sub-range only: points 1…3 (y 1, 3, 9): first = min (1), last = max (3), the middle one is dropped
        assertArrayEquals(new int[] {1, 3}, Decimation.minMax(qx, qy, 1, 4));
    }

    @Test
    void rejectsARangeOutsideTheArrays() {
        assertThrows(IllegalArgumentException.class,
                () -> Decimation.minMax(new double[3], new double[3], 0, 4));
        assertThrows(IllegalArgumentException.class,
                () -> Decimation.minMax(new double[3], new double[2], 0, 2));
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
