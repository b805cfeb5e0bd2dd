package io.lrpg.analysis;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;

/**
 * The singular values of a matrix and the errors of its best low-rank approximations.
 *
 * <p>By Eckart–Young, the best rank-r approximation in the Frobenius norm is the SVD truncated to the r largest
 * singular values σ₁ ≥ σ₂ ≥ … ≥ σ_n (n = min(N, M)), and its normalized error is
 * <pre>
 *   e_r = ‖X − X_r‖_F / ‖X‖_F = sqrt(Σ_{i&gt;r} σ_i²) / sqrt(Σ_i σ_i²),   r = 0 … n   (e_0 = 1, e_n = 0)
 * </pre>
 * The sums are taken from the smallest singular value up, on σ_i/σ₁, so that tiny tails are neither lost to
 * rounding nor overflow. A zero matrix has e_r = 0 for every r (it is exactly of rank 0).
 *
 * @param singularValues σ₁ ≥ … ≥ σ_n
 */
public record Spectrum(double[] singularValues) {

    public Spectrum {
        singularValues = singularValues.clone();
        for (int i = 0; i < singularValues.length; i++) {
            if (!(singularValues[i] >= 0.0) || (i > 0 && singularValues[i] > singularValues[i - 1])) {
                throw new IllegalArgumentException("singular values must be finite, >= 0 and non-increasing: "
                        + Arrays.toString(singularValues));
            }
        }
    }

    /**
     * The spectrum of the N × M matrix {@code matrix} (row-major), by EJML's SVD.
     *
     * @param matrix (input) N·M finite values; not modified
     * @throws IllegalArgumentException if a value is not finite (the SVD would not converge)
     */
    public static Spectrum of(double[] matrix, int rows, int columns) {
        if (rows <= 0 || columns <= 0 || (long) rows * columns != matrix.length) {
            throw new IllegalArgumentException(rows + "×" + columns + " does not hold " + matrix.length + " values");
        }
        for (double v : matrix) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the matrix holds a non-finite value: " + v);
            }
        }
        double[] values = SingularOps_DDRM.singularValues(DMatrixRMaj.wrap(rows, columns, matrix.clone()));
        Arrays.sort(values);
        for (int a = 0, b = values.length - 1; a < b; a++, b--) {
            double swap = values[a];
            values[a] = values[b];
            values[b] = swap;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.max(0.0, values[i]); // an SVD never returns negatives; guard against -0.0 anyway
        }
        return new Spectrum(values);
    }

    /** n = min(N, M), the number of singular values. */
    public int size() {
        return singularValues.length;
    }

    @Override
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** e_r for r = 0 … n (class comment); {@code errors()[r]} is e_r. */
    public double[] errors() {
        int n = singularValues.length;
        double[] errors = new double[n + 1];
        if (n == 0 || singularValues[0] == 0.0) {
            return errors; // the zero matrix
        }
        // tail[r] = Σ_{i>r} (σ_i/σ₁)², accumulated from the smallest up
        double scale = singularValues[0];
        double tail = 0.0;
        double[] tails = new double[n + 1];
        for (int r = n - 1; r >= 0; r--) {
            double x = singularValues[r] / scale;
            tail += x * x;
            tails[r] = tail;
        }
        for (int r = 0; r <= n; r++) {
            errors[r] = Math.sqrt(tails[r] / tails[0]);
        }
        return errors;
    }

    /**
     * The numerical rank at {@code tolerance}: the smallest r ≥ 0 with e_r ≤ tolerance (always ≤ n, as e_n = 0).
     *
     * @param tolerance a relative error in [0, 1)
     */
    public int numericalRank(double tolerance) {
        if (!(tolerance >= 0.0 && tolerance < 1.0)) {
            throw new IllegalArgumentException("tolerance must be in [0, 1), was " + tolerance);
        }
        double[] errors = errors();
        for (int r = 0; r < errors.length; r++) {
            if (errors[r] <= tolerance) {
                return r;
            }
        }
        return errors.length - 1;
    }
}
