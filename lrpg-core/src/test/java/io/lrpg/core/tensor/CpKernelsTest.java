package io.lrpg.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.lrpg.core.FiniteDifferences;
import io.lrpg.core.lowrank.LowRankAdam;
import io.lrpg.core.lowrank.LowRankGradient;
import io.lrpg.core.lowrank.LowRankMatrix;
import io.lrpg.core.optim.Adam;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.optim.RowTracking;
import io.lrpg.core.optim.SparseAdam;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link CpTensor}, {@link CpGradient} and {@link CpAdam}: entries against the definition written out per mode
 * count, factor gradients against central differences, the Adam step against {@link Adam} / {@link SparseAdam} on
 * the concatenated parameters, and with two modes the matrix kernels bit for bit.
 */
class CpKernelsTest {

    private static final int[] SIZES = {3, 5, 2, 4};
    private static final int K = 3;

    /** X[i] of a 3-mode tensor written out: Σ_r U₁[i₁,r]·U₂[i₂,r]·U₃[i₃,r]. */
    private static double threeModeEntry(CpTensor x, int i, int j, int l) {
        double[] u = x.factor(0);
        double[] v = x.factor(1);
        double[] w = x.factor(2);
        int k = x.rank();
        double sum = 0.0;
        for (int r = 0; r < k; r++) {
            sum += u[i * k + r] * v[j * k + r] * w[l * k + r];
        }
        return sum;
    }

    @Test
    void entriesFollowTheDefinition() {
        CpTensor x = CpTensor.gaussian(new int[] {4, 3, 5}, 2, 1.0, new SplittableRandom(1));
        double[] out = new double[60];
        int[] all = new int[180];
        int t = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                for (int l = 0; l < 5; l++) {
                    assertEquals(threeModeEntry(x, i, j, l), x.get(new int[] {i, j, l}, 0), 1e-15);
                    all[3 * t] = i;
                    all[3 * t + 1] = j;
                    all[3 * t + 2] = l;
                    t++;
                }
            }
        }
        x.entries(all, 60, out);
        for (t = 0; t < 60; t++) {
            assertEquals(x.get(all, 3 * t), out[t], 0.0, "batch entry " + t);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> x.get(new int[] {0, 3, 0}, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> x.get(new int[] {-1, 0, 0}, 0));
        assertEquals(2 * (4 + 3 + 5), x.parameterCount());
    }

    /** Two modes are the matrix L Rᵀ: the same draws give the same factors, and the entries are the same bits. */
    @Test
    void twoModesAreTheMatrixBitForBit() {
        CpTensor x = CpTensor.gaussian(new int[] {6, 7}, 4, 0.7, new SplittableRandom(2));
        LowRankMatrix m = LowRankMatrix.gaussian(6, 7, 4, 0.7, new SplittableRandom(2));
        assertArrayEquals(m.left().data, x.factor(0));
        assertArrayEquals(m.right().data, x.factor(1));
        org.ejml.data.DMatrixRMaj full = m.reconstruct(); // L Rᵀ by EJML, an independent product
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 7; j++) {
                assertEquals(m.get(i, j), x.get(new int[] {i, j}, 0), 0.0, i + "," + j);
                assertEquals(full.get(i, j), x.get(new int[] {i, j}, 0), 1e-14, i + "," + j);
            }
        }
    }

    @Test
    void invalidShapesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CpTensor(new int[] {3, 0, 2}, 2));
        assertThrows(IllegalArgumentException.class, () -> new CpTensor(new int[] {3, 2}, 0));
        assertThrows(IllegalArgumentException.class, () -> new CpTensor(new int[0], 2));
        assertThrows(IllegalArgumentException.class, () -> new CpTensor(new int[] {1 << 20, 1 << 20}, 1 << 10));
        assertThrows(IllegalArgumentException.class,
                () -> CpTensor.gaussian(new int[] {2}, 1, -1.0, new SplittableRandom(1)));
    }

    /** Random index tuples inside {@link #SIZES}, with repeats. */
    private static int[] tuples(SplittableRandom random, int length) {
        int[] indices = new int[length * SIZES.length];
        for (int t = 0; t < length; t++) {
            for (int d = 0; d < SIZES.length; d++) {
                indices[t * SIZES.length + d] = random.nextInt(SIZES[d]);
            }
        }
        return indices;
    }

    /** ℒ = Σ_t g_t · X[i_t] evaluated entry by entry. */
    private static double linearLoss(CpTensor x, int[] indices, double[] g) {
        double sum = 0.0;
        for (int t = 0; t < g.length; t++) {
            sum += g[t] * x.get(indices, t * x.modes());
        }
        return sum;
    }

    /**
     * ∂ℒ/∂U_d[i, r] against central differences for every entry of every mode, tracked or not, with one to four
     * modes (the kernel is written out for two and three).
     */
    @ParameterizedTest
    @CsvSource({"TRACKED, 4", "UNTRACKED, 4", "TRACKED, 3", "UNTRACKED, 3", "UNTRACKED, 2", "TRACKED, 1"})
    void factorGradientsMatchCentralDifferences(RowTracking tracking, int modes) {
        SplittableRandom random = new SplittableRandom(3 + modes);
        int[] sizes = java.util.Arrays.copyOf(SIZES, modes);
        CpTensor x = CpTensor.gaussian(sizes, K, 1.0, random);
        int[] indices = new int[20 * modes];
        for (int n = 0; n < indices.length; n++) {
            indices[n] = random.nextInt(sizes[n % modes]);
        }
        double[] g = new double[20];
        for (int t = 0; t < g.length; t++) {
            g[t] = random.nextDouble(-1, 1);
        }
        CpGradient gradient = new CpGradient(x, tracking);
        gradient.accumulate(x, indices, g, g.length);
        for (int d = 0; d < modes; d++) {
            int mode = d;
            FiniteDifferences.check("mode " + d, x.factor(d), n -> gradient.get(mode, n / K, n % K),
                    () -> linearLoss(x, indices, g), 1e-6, 1e-8, 1e-7);
        }
        gradient.clear();
        for (int d = 0; d < modes; d++) {
            for (int n = 0; n < sizes[d] * K; n++) {
                assertEquals(0.0, gradient.get(d, n / K, n % K), 0.0, "cleared mode " + d);
            }
        }
    }

    /** The written-out three-mode entries equal the single-entry definition. */
    @Test
    void batchEntriesEqualSingleEntries() {
        for (int modes = 1; modes <= 4; modes++) {
            SplittableRandom random = new SplittableRandom(modes);
            int[] sizes = java.util.Arrays.copyOf(SIZES, modes);
            CpTensor x = CpTensor.gaussian(sizes, K, 1.0, random);
            int[] indices = new int[30 * modes];
            for (int n = 0; n < indices.length; n++) {
                indices[n] = random.nextInt(sizes[n % modes]);
            }
            double[] out = new double[30];
            x.entries(indices, 30, out);
            for (int t = 0; t < 30; t++) {
                double expected = 0.0;
                for (int r = 0; r < K; r++) {
                    double p = 1.0;
                    for (int d = 0; d < modes; d++) {
                        p *= x.factor(d)[indices[t * modes + d] * K + r];
                    }
                    expected += p;
                }
                assertEquals(expected, out[t], 1e-15 * Math.max(1, Math.abs(expected)), modes + " modes, t " + t);
                assertEquals(x.get(indices, t * modes), out[t], 0.0);
            }
            int[] outside = new int[modes];
            outside[modes - 1] = sizes[modes - 1];
            assertThrows(IndexOutOfBoundsException.class, () -> x.entries(outside, 1, new double[1]));
        }
    }

    /** A zero factor entry: the product over the other modes is formed without dividing by it. */
    @Test
    void aZeroFactorEntryStillGetsItsGradient() {
        CpTensor x = CpTensor.of(new double[][][] {{{0.0}}, {{2.0}}, {{3.0}}});
        CpGradient gradient = new CpGradient(x, RowTracking.UNTRACKED);
        gradient.accumulate(x, new int[] {0, 0, 0}, new double[] {0.5}, 1);
        assertEquals(0.5 * 2.0 * 3.0, gradient.get(0, 0, 0), 0.0);
        assertEquals(0.0, gradient.get(1, 0, 0), 0.0);
        assertEquals(0.0, gradient.get(2, 0, 0), 0.0);
    }

    @Test
    void trackedGradientsListTheTouchedRows() {
        CpTensor x = CpTensor.gaussian(SIZES, K, 1.0, new SplittableRandom(4));
        CpGradient gradient = new CpGradient(x, RowTracking.TRACKED);
        gradient.accumulate(x, new int[] {2, 4, 1, 3, 2, 0, 1, 3}, new double[] {1.0, -1.0}, 2);
        assertEquals(1, gradient.touchedRows(0), "row 2 twice");
        assertEquals(2, gradient.touchedRows(1));
        assertEquals(4, gradient.touchedRow(1, 0));
        assertEquals(0, gradient.touchedRow(1, 1));
        assertEquals(1, gradient.touchedRows(3), "row 3 twice");
        assertThrows(IllegalStateException.class,
                () -> new CpGradient(x, RowTracking.UNTRACKED).touchedRows(0));
    }

    /** With two modes the gradient is {@link LowRankGradient}'s, bit for bit. */
    @Test
    void twoModeGradientsAreTheMatrixGradientsBitForBit() {
        SplittableRandom random = new SplittableRandom(5);
        LowRankMatrix m = LowRankMatrix.gaussian(6, 7, 4, 1.0, random);
        CpTensor x = CpTensor.of(new double[][][] {rows(m.left().data, 6, 4), rows(m.right().data, 7, 4)});
        int[] cells = new int[2 * 30];
        double[] g = new double[30];
        for (int t = 0; t < 30; t++) {
            cells[2 * t] = random.nextInt(6);
            cells[2 * t + 1] = random.nextInt(7);
            g[t] = random.nextDouble(-2, 2);
        }
        LowRankGradient matrixGradient = new LowRankGradient(m, RowTracking.UNTRACKED);
        matrixGradient.accumulate(m, cells, g, 30);
        CpGradient tensorGradient = new CpGradient(x, RowTracking.UNTRACKED);
        tensorGradient.accumulate(x, cells, g, 30);
        for (int n = 0; n < 24; n++) {
            assertEquals(matrixGradient.left(n / 4, n % 4), tensorGradient.get(0, n / 4, n % 4), 0.0, "L " + n);
        }
        for (int n = 0; n < 28; n++) {
            assertEquals(matrixGradient.right(n / 4, n % 4), tensorGradient.get(1, n / 4, n % 4), 0.0, "R " + n);
        }
    }

    /** Dense: one {@link Adam} over vec U₁ ‖ … ‖ vec U_D; sparse: {@link SparseAdam} on the touched rows only. */
    @ParameterizedTest
    @EnumSource(AdamMode.class)
    void theStepIsAdamOverTheConcatenatedFactors(AdamMode mode) {
        SplittableRandom random = new SplittableRandom(6);
        AdamSettings settings = AdamSettings.withLearningRate(0.05);
        CpTensor x = CpTensor.gaussian(SIZES, K, 1.0, random);
        int total = x.parameterCount();
        double[] theta = new double[total];
        concatenate(x, theta);
        Adam denseReference = new Adam(settings, total);
        SparseAdam sparseReference = new SparseAdam(settings, total);
        CpAdam adam = new CpAdam(settings, mode, x);
        CpGradient gradient = adam.newGradient();
        assertEquals(RowTracking.neededBy(mode), gradient.rows());
        for (int step = 0; step < 3; step++) {
            int[] indices = tuples(random, 4); // few samples, so that some rows stay untouched
            double[] g = {random.nextDouble(-1, 1), random.nextDouble(-1, 1), random.nextDouble(-1, 1),
                random.nextDouble(-1, 1)};
            gradient.clear();
            gradient.accumulate(x, indices, g, g.length);
            double[] flat = new double[total];
            int at = 0;
            for (int d = 0; d < SIZES.length; d++) {
                for (int n = 0; n < SIZES[d] * K; n++) {
                    flat[at++] = gradient.get(d, n / K, n % K);
                }
            }
            if (mode == AdamMode.DENSE) {
                denseReference.step(theta, flat);
            } else {
                sparseReference.begin();
                int offset = 0;
                for (int d = 0; d < SIZES.length; d++) {
                    boolean[] touched = new boolean[SIZES[d]];
                    for (int t = 0; t < g.length; t++) {
                        touched[indices[t * SIZES.length + d]] = true;
                    }
                    for (int i = 0; i < SIZES[d]; i++) {
                        if (touched[i]) {
                            sparseReference.update(theta, offset + i * K, flat, offset + i * K, offset + i * K, K);
                        }
                    }
                    offset += SIZES[d] * K;
                }
            }
            adam.step(gradient);
            double[] actual = new double[total];
            concatenate(x, actual);
            assertArrayEquals(theta, actual, "step " + step);
        }
        assertEquals(3, adam.steps());
    }

    /** With two modes the step is {@link LowRankAdam}'s, bit for bit, in both modes. */
    @ParameterizedTest
    @EnumSource(AdamMode.class)
    void twoModeStepsAreTheMatrixStepsBitForBit(AdamMode mode) {
        SplittableRandom random = new SplittableRandom(7);
        AdamSettings settings = AdamSettings.withLearningRate(0.05);
        LowRankMatrix m = LowRankMatrix.gaussian(5, 8, 2, 1.0, random);
        CpTensor x = CpTensor.of(new double[][][] {rows(m.left().data, 5, 2), rows(m.right().data, 8, 2)});
        LowRankAdam matrixAdam = new LowRankAdam(settings, mode, m);
        CpAdam tensorAdam = new CpAdam(settings, mode, x);
        LowRankGradient matrixGradient = matrixAdam.newGradient();
        CpGradient tensorGradient = tensorAdam.newGradient();
        for (int step = 0; step < 4; step++) {
            int[] cells = new int[2 * 3];
            double[] g = new double[3];
            for (int t = 0; t < 3; t++) {
                cells[2 * t] = random.nextInt(5);
                cells[2 * t + 1] = random.nextInt(8);
                g[t] = random.nextDouble(-1, 1);
            }
            matrixGradient.clear();
            tensorGradient.clear();
            matrixGradient.accumulate(m, cells, g, 3);
            tensorGradient.accumulate(x, cells, g, 3);
            matrixAdam.step(matrixGradient);
            tensorAdam.step(tensorGradient);
            assertArrayEquals(m.left().data, x.factor(0), "L, step " + step);
            assertArrayEquals(m.right().data, x.factor(1), "R, step " + step);
        }
        assertNotEquals(LowRankMatrix.gaussian(5, 8, 2, 1.0, new SplittableRandom(7)).left().data[0],
                m.left().data[0], "the factors moved");
    }

    private static void concatenate(CpTensor x, double[] out) {
        int at = 0;
        for (int d = 0; d < x.modes(); d++) {
            System.arraycopy(x.factor(d), 0, out, at, x.factor(d).length);
            at += x.factor(d).length;
        }
    }

    static double[][] rows(double[] data, int rows, int columns) {
        double[][] out = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(data, i * columns, out[i], 0, columns);
        }
        return out;
    }
}
