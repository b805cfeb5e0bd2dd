package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static final double[] X = {3, 1, 4, 1, 5, 9, 2, 6};

    @Test
    void matchesNumpyLinearPercentiles() {
        // numpy 2.4: np.percentile([3,1,4,1,5,9,2,6], q)
        assertEquals(1.75, Percentiles.of(X, 25), 1e-12);
        assertEquals(3.5, Percentiles.of(X, 50), 1e-12);
        assertEquals(5.25, Percentiles.of(X, 75), 1e-12);
        assertEquals(1.0, Percentiles.of(X, 10), 1e-12);
        assertEquals(6.9, Percentiles.of(X, 90), 1e-12);
        assertEquals(8.475, Percentiles.of(X, 97.5), 1e-12);
        assertEquals(1.0, Percentiles.of(X, 0), 0);
        assertEquals(9.0, Percentiles.of(X, 100), 0);
        assertEquals(3.5, Percentiles.median(X), 1e-12);
    }

    @Test
    void rejectsEmptyNonFiniteAndOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[] {1, Double.NaN}, 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(X, 101));
    }

    @Test
    void weightedPercentileEqualsPercentileOfTheExpandedMultiset() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int items = 1 + random.nextInt(9);
            double[] values = new double[items];
            int[] weights = new int[items];
            List<Double> expanded = new ArrayList<>();
            int total = 0;
            for (int i = 0; i < items; i++) {
                values[i] = random.nextInt(5) + random.nextDouble();
                weights[i] = random.nextInt(4);
                total += weights[i];
                for (int k = 0; k < weights[i]; k++) {
                    expanded.add(values[i]);
                }
            }
            if (total == 0) {
                continue;
            }
            Integer[] boxed = new Integer[items];
            for (int i = 0; i < items; i++) {
                boxed[i] = i;
            }
            java.util.Arrays.sort(boxed, (a, b) -> Double.compare(values[a], values[b]));
            int[] order = java.util.Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
            double[] plain = expanded.stream().mapToDouble(Double::doubleValue).toArray();
            for (double q : new double[] {25, 50, 75, 2.5, 97.5}) {
                assertEquals(Percentiles.of(plain, q), Percentiles.ofWeighted(order, values, weights, total, q),
                        1e-12);
            }
        }
    }
}
