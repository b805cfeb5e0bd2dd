package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
