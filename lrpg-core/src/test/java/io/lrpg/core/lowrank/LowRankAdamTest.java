package io.lrpg.core.lowrank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LowRankAdamTest {

    private static final AdamSettings SETTINGS = AdamSettings.withLearningRate(0.05);

    private static void accumulate(LowRankMatrix x, LowRankGradient g, int[] rows, int[] cols, double[] values) {
        g.clear();
        for (int t = 0; t < rows.length; t++) {
            g.accumulate(x, rows[t], cols[t], values[t]);
        }
    }

    @Test
    void denseAndSparseAgreeOnTheFirstStepAndSparseLeavesUntouchedRows() {
        LowRankMatrix start = LowRankMatrix.gaussian(6, 7, 3, 1.0, new SplittableRandom(8));
        LowRankMatrix dense = LowRankMatrix.of(rows(start.left().data, 6, 3), rows(start.right().data, 7, 3));
        LowRankMatrix sparse = LowRankMatrix.of(rows(start.left().data, 6, 3), rows(start.right().data, 7, 3));
        LowRankAdam denseAdam = new LowRankAdam(SETTINGS, AdamMode.DENSE, dense);
        LowRankAdam sparseAdam = new LowRankAdam(SETTINGS, AdamMode.SPARSE, sparse);
        LowRankGradient denseGradient = new LowRankGradient(dense);
        LowRankGradient sparseGradient = new LowRankGradient(sparse);
        int[] rows = {1, 4, 1};
        int[] cols = {0, 6, 2};
        double[] g = {0.9, -0.4, 0.3};

        accumulate(dense, denseGradient, rows, cols, g);
        accumulate(sparse, sparseGradient, rows, cols, g);
        denseAdam.step(denseGradient);
        sparseAdam.step(sparseGradient);
        // step 1: a touched entry moves by α g/(|g| + ε) (dense) and α g/(|g| + ε/√(1 − β₂)) (sparse, PyTorch
        // adds ε before the bias correction); an untouched entry does not move in either mode
        double epsilonSparse = 1e-8 / Math.sqrt(1 - 0.999);
        for (int n = 0; n < 18; n++) {
            double gn = denseGradient.leftArray()[n];
            double s0 = start.left().data[n];
            assertEquals(s0 - 0.05 * gn / (Math.abs(gn) + 1e-8), dense.left().data[n], 1e-15, "dense L " + n);
            assertEquals(s0 - 0.05 * gn / (Math.abs(gn) + epsilonSparse), sparse.left().data[n], 1e-15, "sparse L " + n);
            assertEquals(dense.left().data[n], sparse.left().data[n], 1e-6, "L entry " + n);
        }
        for (int n = 0; n < 21; n++) {
            double gn = denseGradient.rightArray()[n];
            double s0 = start.right().data[n];
            assertEquals(s0 - 0.05 * gn / (Math.abs(gn) + 1e-8), dense.right().data[n], 1e-15, "dense R " + n);
            assertEquals(s0 - 0.05 * gn / (Math.abs(gn) + epsilonSparse), sparse.right().data[n], 1e-15, "sparse R " + n);
            assertEquals(dense.right().data[n], sparse.right().data[n], 1e-6, "R entry " + n);
        }
        assertEquals(start.left().get(2, 1), dense.left().get(2, 1), 0.0); // row 2 untouched
        assertEquals(start.left().get(2, 1), sparse.left().get(2, 1), 0.0);

        // step 2 touches other rows only: dense still moves rows 1 and 4 on momentum, sparse does not
        int[] rows2 = {0};
        int[] cols2 = {3};
        double[] g2 = {1.0};
        double sparseRow1 = sparse.left().get(1, 0);
        double denseRow1 = dense.left().get(1, 0);
        accumulate(dense, denseGradient, rows2, cols2, g2);
        accumulate(sparse, sparseGradient, rows2, cols2, g2);
        denseAdam.step(denseGradient);
        sparseAdam.step(sparseGradient);
        assertEquals(sparseRow1, sparse.left().get(1, 0), 0.0);
        assertNotEquals(denseRow1, dense.left().get(1, 0));
        assertEquals(2, denseAdam.steps());
        assertEquals(2, sparseAdam.steps());
    }

    @Test
    void eachModeGetsAGradientWithTheRowTrackingItNeeds() {
        LowRankMatrix x = LowRankMatrix.gaussian(3, 4, 2, 1.0, new java.util.SplittableRandom(1));
        org.junit.jupiter.api.Assertions.assertEquals(io.lrpg.core.optim.RowTracking.UNTRACKED,
                new LowRankAdam(SETTINGS, AdamMode.DENSE, x).newGradient().rows());
        org.junit.jupiter.api.Assertions.assertEquals(io.lrpg.core.optim.RowTracking.TRACKED,
                new LowRankAdam(SETTINGS, AdamMode.SPARSE, x).newGradient().rows());
    }

    @Test
    void sparseStepFollowsTorchSparseAdamFormula() {
        LowRankMatrix x = LowRankMatrix.of(new double[][] {{1.0}}, new double[][] {{2.0}});
        LowRankAdam adam = new LowRankAdam(new AdamSettings(0.1, 0.9, 0.999, 1e-8), AdamMode.SPARSE, x);
        LowRankGradient gradient = new LowRankGradient(x);
        accumulate(x, gradient, new int[] {0}, new int[] {0}, new double[] {0.5}); // ∂/∂L = 1.0, ∂/∂R = 0.5
        adam.step(gradient);
        // m = 0.1 g, v = 0.001 g², step = α √(1 − β₂)/(1 − β₁) · m/(√v + ε)
        double stepSize = 0.1 * Math.sqrt(0.001) / 0.1;
        assertEquals(1.0 - stepSize * 0.1 / (Math.sqrt(0.001) + 1e-8), x.left().get(0, 0), 1e-15);
        assertEquals(2.0 - stepSize * 0.05 / (Math.sqrt(0.001 * 0.25) + 1e-8), x.right().get(0, 0), 1e-15);
        // second step with the same gradient: m = 0.19 g, v = 0.001999 g², t = 2
        double l1 = x.left().get(0, 0);
        accumulate(x, gradient, new int[] {0}, new int[] {0}, new double[] {0.5});
        double gL = gradient.left(0, 0);
        adam.step(gradient);
        double m = 0.9 * 0.1 * 1.0 + 0.1 * gL;
        double v = 0.999 * 0.001 * 1.0 + 0.001 * gL * gL;
        double expected = l1 - 0.1 * Math.sqrt(1 - 0.999 * 0.999) / (1 - 0.81) * m / (Math.sqrt(v) + 1e-8);
        assertEquals(expected, x.left().get(0, 0), 1e-14);
    }

    private static double[][] rows(double[] data, int n, int k) {
        double[][] m = new double[n][k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(data, i * k, m[i], 0, k);
        }
        return m;
    }
}
