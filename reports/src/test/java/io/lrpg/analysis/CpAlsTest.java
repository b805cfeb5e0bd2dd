package io.lrpg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CpAls}: exact recovery, agreement with Eckart–Young on matrices, the reported error, determinism. */
class CpAlsTest {

    /** Σ_r Π_d A_d[q_d, r] over the row-major multi-index, by plain nested loops (independent of CpAls). */
    static double[] compose(double[][] factors, int[] shape, int rank) {
        int size = 1;
        for (int n : shape) {
            size *= n;
        }
        double[] x = new double[size];
        int[] q = new int[shape.length];
        for (int t = 0; t < size; t++) {
            int rest = t;
            for (int d = shape.length - 1; d >= 0; d--) {
                q[d] = rest % shape[d];
                rest /= shape[d];
            }
            double sum = 0.0;
            for (int r = 0; r < rank; r++) {
                double product = 1.0;
                for (int d = 0; d < shape.length; d++) {
                    product *= factors[d][q[d] * rank + r];
                }
                sum += product;
            }
            x[t] = sum;
        }
        return x;
    }

    static double[][] randomFactors(int[] shape, int rank, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] factors = new double[shape.length][];
        for (int d = 0; d < shape.length; d++) {
            factors[d] = new double[shape[d] * rank];
            for (int k = 0; k < factors[d].length; k++) {
                factors[d][k] = random.nextGaussian();
            }
        }
        return factors;
    }

    static double relativeError(double[] x, double[] fit) {
        double difference = 0.0;
        double norm = 0.0;
        for (int t = 0; t < x.length; t++) {
            difference += (x[t] - fit[t]) * (x[t] - fit[t]);
            norm += x[t] * x[t];
        }
        return Math.sqrt(difference / norm);
    }

    /** The study's settings, and the same with random starts only (so that the SVD start cannot do the work). */
    static List<CpSettings> settings() {
        return List.of(CpSettings.DEFAULT, new CpSettings(CpSettings.Initialization.RANDOM, 3, 100, 1e-8, 0L));
    }

    @ParameterizedTest
    @MethodSource("settings")
    void recoversAnExactRankThreeTensorAndNotAtRankTwo(CpSettings settings) {
        int[] shape = {6, 7, 8};
        double[] x = compose(randomFactors(shape, 3, 11), shape, 3);
        CpAls cp = new CpAls(x, shape);
        CpAls.Fit three = cp.fit(3, settings);
        assertTrue(three.error() <= 1e-8, () -> "rank 3: " + three.error() + " after " + three.iterations());
        assertTrue(three.converged());
        CpAls.Fit two = cp.fit(2, settings);
        assertTrue(two.error() > 1e-2, () -> "rank 2: " + two.error());
    }

    @ParameterizedTest
    @MethodSource("settings")
    void recoversAnExactRankTwoFourWayTensor(CpSettings settings) {
        int[] shape = {3, 4, 2, 5};
        double[] x = compose(randomFactors(shape, 2, 5), shape, 2);
        CpAls.Fit fit = new CpAls(x, shape).fit(2, settings);
        assertTrue(fit.error() <= 1e-8, () -> fit.error() + " after " + fit.iterations());
    }

    /** The reported error is that of the returned factors, recomputed here entry by entry. */
    @Test
    void theReportedErrorIsTheErrorOfTheReturnedFactors() {
        int[] shape = {5, 4, 6};
        SplittableRandom random = new SplittableRandom(3);
        double[] x = new double[5 * 4 * 6];
        for (int t = 0; t < x.length; t++) {
            x[t] = random.nextGaussian();
        }
        CpAls cp = new CpAls(x, shape);
        for (int rank = 1; rank <= 4; rank++) {
            CpAls.Fit fit = cp.fit(rank, CpSettings.DEFAULT);
            assertEquals(relativeError(x, compose(fit.factors(), shape, rank)), fit.error(), 1e-13, "rank " + rank);
            assertTrue(fit.error() > 0.1, "a random tensor is far from low CP rank");
        }
    }

    /**
     * On a 2-way tensor CP is the matrix problem, whose optimum Eckart–Young gives: ALS must reach e_r of the SVD
     * (an independent computation) for a matrix with well separated singular values.
     */
    @ParameterizedTest
    @MethodSource("settings")
    void onAMatrixItReachesTheEckartYoungError(CpSettings settings) {
        int rows = 12;
        int columns = 9;
        double[] sigma = {8, 4, 2, 1, 0.5, 0.25, 0.125, 0.0625, 0.03125};
        double[][] u = orthonormalColumns(rows, 9, 1);
        double[][] v = orthonormalColumns(columns, 9, 2);
        double[] x = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                for (int k = 0; k < 9; k++) {
                    x[i * columns + j] += u[k][i] * sigma[k] * v[k][j];
                }
            }
        }
        double[] eckartYoung = Spectrum.of(x, rows, columns).errors();
        CpAls cp = new CpAls(x, new int[] {rows, columns});
        for (int rank = 1; rank <= 6; rank++) {
            double error = cp.fit(rank, settings).error();
            assertEquals(eckartYoung[rank], error, 1e-6 * eckartYoung[rank], "rank " + rank);
        }
    }

    /** Gram–Schmidt on seeded Gaussian vectors: k orthonormal vectors of length n. */
    private static double[][] orthonormalColumns(int n, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] q = new double[k][n];
        for (int a = 0; a < k; a++) {
            for (int i = 0; i < n; i++) {
                q[a][i] = random.nextGaussian();
            }
            for (int repeat = 0; repeat < 2; repeat++) {
                for (int b = 0; b < a; b++) {
                    double dot = 0.0;
                    for (int i = 0; i < n; i++) {
                        dot += q[a][i] * q[b][i];
                    }
                    for (int i = 0; i < n; i++) {
                        q[a][i] -= dot * q[b][i];
                    }
                }
            }
            double norm = 0.0;
            for (int i = 0; i < n; i++) {
                norm += q[a][i] * q[a][i];
            }
            for (int i = 0; i < n; i++) {
                q[a][i] /= Math.sqrt(norm);
            }
        }
        return q;
    }

    @Test
    void aFitDependsOnTheTensorRankAndSettingsOnly() {
        int[] shape = {4, 5, 3};
        double[] x = compose(randomFactors(shape, 4, 9), shape, 4);
        CpAls.Fit a = new CpAls(x, shape).fit(2, CpSettings.DEFAULT);
        CpAls first = new CpAls(x.clone(), shape);
        first.fit(5, CpSettings.DEFAULT); // another rank first changes nothing
        CpAls.Fit b = first.fit(2, CpSettings.DEFAULT);
        assertEquals(a.error(), b.error(), 0.0);
        assertEquals(a.iterations(), b.iterations());
        CpAls.Fit other = new CpAls(x, shape).fit(2, new CpSettings(CpSettings.Initialization.RANDOM, 3, 100, 1e-8,
                1));
        assertTrue(other.error() > 0.0);
    }

    @Test
    void aZeroTensorHasErrorZeroAndOneModeIsExactAtRankOne() {
        assertEquals(0.0, new CpAls(new double[24], new int[] {2, 3, 4}).fit(2, CpSettings.DEFAULT).error());
        double[] vector = {1, -2, 0.5, 7};
        assertTrue(new CpAls(vector, new int[] {4}).fit(1, CpSettings.DEFAULT).error() < 1e-15);
    }

    @Test
    void stopsAtTheSweepLimit() {
        int[] shape = {5, 5, 5};
        SplittableRandom random = new SplittableRandom(8);
        double[] x = new double[125];
        for (int t = 0; t < x.length; t++) {
            x[t] = random.nextGaussian();
        }
        CpAls.Fit fit = new CpAls(x, shape).fit(4, new CpSettings(CpSettings.Initialization.RANDOM, 1, 3, 0.0, 0));
        assertEquals(3, fit.iterations());
        assertTrue(!fit.converged());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new CpAls(new double[5], new int[] {2, 3}));
        assertThrows(IllegalArgumentException.class, () -> new CpAls(new double[] {1, Double.NaN}, new int[] {2}));
        assertThrows(IllegalArgumentException.class, () -> new CpAls(new double[4], new int[] {2, 2}).fit(0,
                CpSettings.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> new CpSettings(CpSettings.Initialization.RANDOM, 0, 1, 0.0,
                0));
    }
}
