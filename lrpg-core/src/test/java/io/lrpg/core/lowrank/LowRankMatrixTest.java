package io.lrpg.core.lowrank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LowRankMatrixTest {

    @Test
    void entryIsInnerProductOfFactorRowsAndMatchesFullReconstruction() {
        LowRankMatrix x = LowRankMatrix.gaussian(6, 5, 3, 1.0, new SplittableRandom(1));
        DMatrixRMaj full = x.reconstruct();
        assertEquals(6, full.numRows);
        assertEquals(5, full.numCols);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 5; j++) {
                double naive = 0.0;
                for (int r = 0; r < 3; r++) {
                    naive += x.left().get(i, r) * x.right().get(j, r);
                }
                assertEquals(naive, x.get(i, j), 0.0);
                assertEquals(naive, full.get(i, j), 1e-14);
            }
        }
        assertThrows(IndexOutOfBoundsException.class, () -> x.get(6, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> x.get(0, -1));
    }

    @Test
    void hasAtMostRankNonZeroSingularValuesLargestFirst() {
        LowRankMatrix x = LowRankMatrix.gaussian(10, 8, 2, 1.0, new SplittableRandom(2));
        double[] sigma = x.singularValues();
        assertEquals(8, sigma.length);
        assertTrue(sigma[0] >= sigma[1] && sigma[1] > 1e-6);
        for (int n = 2; n < sigma.length; n++) {
            assertTrue(sigma[n] < 1e-10 * sigma[0], "σ_" + n + " = " + sigma[n]);
        }
    }

    @Test
    void drawsLeftThenRightRowByRowScaled() {
        SplittableRandom a = new SplittableRandom(3);
        LowRankMatrix x = LowRankMatrix.gaussian(2, 3, 2, 0.5, a);
        SplittableRandom b = new SplittableRandom(3);
        for (int i = 0; i < 2; i++) {
            for (int r = 0; r < 2; r++) {
                assertEquals(0.5 * b.nextGaussian(), x.left().get(i, r), 0.0);
            }
        }
        for (int j = 0; j < 3; j++) {
            for (int r = 0; r < 2; r++) {
                assertEquals(0.5 * b.nextGaussian(), x.right().get(j, r), 0.0);
            }
        }
        assertEquals(10, x.parameterCount());
    }

    @Test
    void copiesGivenFactors() {
        double[][] l = {{1, 2}, {3, 4}};
        double[][] r = {{5, 6}, {7, 8}, {9, 10}};
        LowRankMatrix x = LowRankMatrix.of(l, r);
        l[0][0] = 100;
        assertEquals(1 * 9 + 2 * 10, x.get(0, 2), 0.0);
        assertEquals(3 * 5 + 4 * 6, x.get(1, 0), 0.0);
    }
}
