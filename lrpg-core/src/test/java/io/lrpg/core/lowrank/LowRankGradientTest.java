package io.lrpg.core.lowrank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LowRankGradientTest {

    private static final int[] ROWS = {0, 3, 3, 1, 0};
    private static final int[] COLS = {2, 2, 4, 0, 2};
    private static final double[] G = {0.7, -1.3, 0.4, 2.0, -0.25};

    /** ℒ = Σ_t g_t X[i_t, j_t], a linear loss whose factor gradient is E R and Eᵀ L. */
    private static double loss(LowRankMatrix x) {
        double sum = 0.0;
        for (int t = 0; t < G.length; t++) {
            sum += G[t] * x.get(ROWS[t], COLS[t]);
        }
        return sum;
    }

    @Test
    void matchesCentralDifferences() {
        LowRankMatrix x = LowRankMatrix.gaussian(4, 5, 3, 1.0, new SplittableRandom(5));
        LowRankGradient gradient = new LowRankGradient(x);
        for (int t = 0; t < G.length; t++) {
            gradient.accumulate(x, ROWS[t], COLS[t], G[t]);
        }
        double h = 1e-6;
        double[] l = x.left().data;
        for (int n = 0; n < l.length; n++) {
            double saved = l[n];
            l[n] = saved + h;
            double plus = loss(x);
            l[n] = saved - h;
            double minus = loss(x);
            l[n] = saved;
            assertEquals((plus - minus) / (2 * h), gradient.left(n / 3, n % 3), 1e-8, "∂ℒ/∂L entry " + n);
        }
        double[] r = x.right().data;
        for (int n = 0; n < r.length; n++) {
            double saved = r[n];
            r[n] = saved + h;
            double plus = loss(x);
            r[n] = saved - h;
            double minus = loss(x);
            r[n] = saved;
            assertEquals((plus - minus) / (2 * h), gradient.right(n / 3, n % 3), 1e-8, "∂ℒ/∂R entry " + n);
        }
    }

    @Test
    void tracksTouchedRowsAndClearsThemOnly() {
        LowRankMatrix x = LowRankMatrix.gaussian(4, 5, 2, 1.0, new SplittableRandom(6));
        LowRankGradient gradient = new LowRankGradient(x);
        for (int t = 0; t < G.length; t++) {
            gradient.accumulate(x, ROWS[t], COLS[t], G[t]);
        }
        assertEquals(3, gradient.touchedLeftRows());   // 0, 3, 1
        assertEquals(0, gradient.touchedLeftRow(0));
        assertEquals(3, gradient.touchedLeftRow(1));
        assertEquals(1, gradient.touchedLeftRow(2));
        assertEquals(3, gradient.touchedRightRows());  // 2, 4, 0
        assertEquals(0.0, gradient.left(2, 0), 0.0);
        gradient.clear();
        assertEquals(0, gradient.touchedLeftRows());
        assertEquals(0, gradient.touchedRightRows());
        for (double v : gradient.leftArray()) {
            assertEquals(0.0, v, 0.0);
        }
        for (double v : gradient.rightArray()) {
            assertEquals(0.0, v, 0.0);
        }
        gradient.accumulate(x, 2, 1, 1.0);
        assertEquals(1, gradient.touchedLeftRows());
        assertEquals(x.right().get(1, 1), gradient.left(2, 1), 0.0);
    }
}
