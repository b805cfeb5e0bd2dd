package io.lrpg.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * CP (PARAFAC) approximations of a D-way tensor by alternating least squares (ALS) with line search.
 *
 * <p>A rank-R CP model of X ∈ ℝ^{n₀ × … × n_{D−1}} has one factor A_d ∈ ℝ^{n_d × R} per mode:
 * <pre>
 *   X̂[q₀, …, q_{D−1}] = Σ_r Π_d A_d[q_d, r]
 * </pre>
 *
 * <p><b>One sweep</b> updates each factor in turn, d = 0 … D−1, to its least-squares optimum with the others fixed:
 * <pre>
 *   A_d ← M_d H_d⁺,   M_d[q, r] = Σ_{entries with q_d = q} X[q₀, …] Π_{e≠d} A_e[q_e, r]   (the MTTKRP)
 *                     H_d = ∘_{e≠d} (A_eᵀ A_e)   (Hadamard product of the other Gram matrices, R × R)
 * </pre>
 * with H⁺ the pseudo-inverse (EJML's SVD solver), so that over-specified ranks stay well defined. After each sweep
 * every component is rebalanced (its D columns rescaled to equal norms, signs kept), which leaves X̂ unchanged. The
 * MTTKRP of mode d visits the tensor as (P × n_d × S) with P = Π_{e&lt;d} n_e and S = Π_{e&gt;d} n_e:
 * <pre>
 *   M_d[q, r] = Σ_p K_left[p, r] Σ_s X[p, q, s] K_right[s, r]
 * </pre>
 * where K_left and K_right are the Khatri–Rao products of the factors before and after d; a sweep costs about
 * D·|X|·R multiply-adds.
 *
 * <p><b>Line search</b> (Bro's extrapolation, as tensorly's {@code linesearch=True}): from sweep t = 3 on, the factors
 * after the sweep, A, and before it, A⁻, give the candidate A⁻ + s (A − A⁻) with s = t^{1/p}; it replaces A when its
 * error is lower. p starts at 3 and grows by 1 after every 4 rejected candidates. A candidate costs one error
 * evaluation (about a third of a sweep).
 *
 * <p><b>Errors.</b> The error after a sweep is computed from the last MTTKRP as ‖X‖² − 2⟨X, X̂⟩ + ‖X̂‖²,
 * ⟨X, X̂⟩ = Σ A_{D−1} ∘ M_{D−1}, ‖X̂‖² = Σ ∘_d (A_dᵀA_d); when that is below 1e-10 ‖X‖² (where its cancellation would
 * hide the error) it is recomputed entry by entry, as are candidates' errors and the error of the returned fit.
 * Starts and the stopping rule: {@link CpSettings}. A zero tensor has error 0.
 *
 * <p>An instance holds one tensor (and, once an SVD start needed them, the singular vectors of its unfoldings);
 * {@link #fit} may be called for several ranks. Not thread-safe.
 */
public final class CpAls {

    /** Below this relative squared error, the error is recomputed entry by entry. */
    private static final double CANCELLATION = 1e-10;
    /** Line search: the first sweep that extrapolates, the initial p, and the rejections that raise p. */
    private static final int LINE_SEARCH_FROM = 3;
    private static final double LINE_SEARCH_POWER = 3.0;
    private static final int LINE_SEARCH_FAILURES = 4;

    private final double[] tensor;
    private final int[] shape;
    private final int modes;
    private final double normSquared;
    private double[][] singularVectors; // per mode, n_d × min(n_d, |X|/n_d), row-major, descending σ

    /**
     * @param tensor (input) the entries in row-major order (last mode fastest); kept, not modified
     * @param shape  (input) n₀ … n_{D−1}, each &gt; 0, with Π n_d = tensor.length; copied
     * @throws IllegalArgumentException for a shape that does not match or a non-finite entry
     */
    public CpAls(double[] tensor, int[] shape) {
        long size = 1;
        for (int n : shape) {
            if (n <= 0) {
                throw new IllegalArgumentException("mode sizes must be > 0: " + Arrays.toString(shape));
            }
            size *= n;
        }
        if (shape.length == 0 || size != tensor.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not hold " + tensor.length
                    + " entries");
        }
        double sum = 0.0;
        for (double x : tensor) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("the tensor holds a non-finite entry: " + x);
            }
            sum += x * x;
        }
        this.tensor = tensor;
        this.shape = shape.clone();
        this.modes = shape.length;
        this.normSquared = sum;
    }

    /**
     * One fitted CP model.
     *
     * @param rank       R
     * @param error      ‖X − X̂‖_F / ‖X‖_F, computed entry by entry (0 for a zero tensor)
     * @param start      which start gave it (0-based)
     * @param iterations its sweeps
     * @param converged  whether it stopped by the stopping rule rather than at the sweep limit
     * @param factors    A_d, each n_d × R row-major
     */
    public record Fit(int rank, double error, int start, int iterations, boolean converged, double[][] factors) {
    }

    /**
     * The best of {@code settings.starts()} fits of rank {@code rank} (see {@link CpSettings}). The random numbers of
     * start s (every entry of a random start; the columns of an SVD start beyond the singular vectors) are
     * {@code nextGaussian()} of {@code new SplittableRandom(seed + 1000·rank + s)}, drawn mode by mode and row by
     * row; a fit therefore depends on the tensor, the rank and the settings only. Ties keep the earlier start.
     *
     * @param rank R &gt; 0
     */
    public Fit fit(int rank, CpSettings settings) {
        if (rank <= 0) {
            throw new IllegalArgumentException("rank must be > 0, was " + rank);
        }
        if (normSquared == 0.0) {
            double[][] zero = new double[modes][];
            for (int d = 0; d < modes; d++) {
                zero[d] = new double[shape[d] * rank];
            }
            return new Fit(rank, 0.0, 0, 0, true, zero);
        }
        Workspace work = new Workspace(rank);
        Fit best = null;
        for (int start = 0; start < settings.starts(); start++) {
            SplittableRandom random = new SplittableRandom(settings.seed() + 1000L * rank + start);
            boolean svd = start == 0 && settings.initialization() == CpSettings.Initialization.SVD_FIRST;
            work.begin(svd ? singularVectors() : null, random);
            int sweeps = work.iterate(settings);
            double[][] factors = new double[modes][];
            for (int d = 0; d < modes; d++) {
                factors[d] = work.factors[d].clone();
            }
            double error = Math.sqrt(residual(tensor, shape, factors, rank, work.left) / normSquared);
            Fit fit = new Fit(rank, error, start, sweeps, work.stoppedByRule, factors);
            if (best == null || fit.error() < best.error()) {
                best = fit;
            }
        }
        return best;
    }

    /** The left singular vectors of every unfolding X_(d) (n_d × Π_{e≠d} n_e), largest σ first; cached. */
    private double[][] singularVectors() {
        if (singularVectors == null) {
            double[][] vectors = new double[modes][];
            for (int d = 0; d < modes; d++) {
                int n = shape[d];
                int rest = tensor.length / n;
                int suffix = 1;
                for (int e = d + 1; e < modes; e++) {
                    suffix *= shape[e];
                }
                int prefix = rest / suffix;
                // X_(d)[q, p·S + s] = X[(p·n + q)·S + s]
                DMatrixRMaj unfolding = new DMatrixRMaj(n, rest);
                for (int p = 0; p < prefix; p++) {
                    for (int q = 0; q < n; q++) {
                        System.arraycopy(tensor, (p * n + q) * suffix, unfolding.data, q * rest + p * suffix, suffix);
                    }
                }
                SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, rest, true, false,
                        true);
                if (!svd.decompose(unfolding)) {
                    throw new IllegalStateException("the SVD of the mode-" + d + " unfolding failed");
                }
                DMatrixRMaj u = svd.getU(null, false);
                DMatrixRMaj w = svd.getW(null);
                SingularOps_DDRM.descendingOrder(u, false, w, null, false);
                vectors[d] = Arrays.copyOf(u.data, u.numRows * u.numCols);
            }
            singularVectors = vectors;
        }
        return singularVectors;
    }

    /**
     * ‖X − X̂‖² entry by entry: X̂[p, q] = Σ_r K[p, r] A_{D−1}[q, r] with K the Khatri–Rao product of the factors of
     * modes 0 … D−2, built in {@code buffer} (at least |X|/n_{D−1}·R long).
     */
    private static double residual(double[] tensor, int[] shape, double[][] factors, int rank, double[] buffer) {
        int last = shape.length - 1;
        int n = shape[last];
        int prefix = tensor.length / n;
        khatriRao(factors, shape, rank, 0, last, buffer);
        double[] a = factors[last];
        double sum = 0.0;
        for (int p = 0; p < prefix; p++) {
            int lp = p * rank;
            for (int q = 0; q < n; q++) {
                int aq = q * rank;
                double fit = 0.0;
                for (int r = 0; r < rank; r++) {
                    fit += buffer[lp + r] * a[aq + r];
                }
                double difference = tensor[p * n + q] - fit;
                sum += difference * difference;
            }
        }
        return sum;
    }

    /**
     * K[k, r] = Π_{e ∈ [from, to)} A_e[q_e, r] with k the row-major index of (q_from, …, q_{to−1}), into {@code out};
     * built in place from the last mode to the first (each step writes row q·size + k from row k, highest index
     * first, so no row is overwritten before it is read). Returns the number of rows.
     */
    private static int khatriRao(double[][] factors, int[] shape, int rank, int from, int to, double[] out) {
        Arrays.fill(out, 0, rank, 1.0);
        int size = 1;
        for (int e = to - 1; e >= from; e--) {
            double[] a = factors[e];
            for (int q = shape[e] - 1; q >= 0; q--) {
                int aq = q * rank;
                for (int k = size - 1; k >= 0; k--) {
                    int target = (q * size + k) * rank;
                    int source = k * rank;
                    for (int r = 0; r < rank; r++) {
                        out[target + r] = a[aq + r] * out[source + r];
                    }
                }
            }
            size *= shape[e];
        }
        return size;
    }

    /** ALS for one rank; buffers reused across starts. */
    private final class Workspace {
        private final int rank;
        final double[][] factors;
        private final double[][] before;
        private final double[][] candidate;
        private final double[][] grams;
        final double[] left;
        private final double[] right;
        private final double[] product;
        private final double[] mttkrp;
        private final double[] hadamard;
        private final DMatrixRMaj gram;
        private final DMatrixRMaj[] rightHandSides;
        private final DMatrixRMaj[] solutions;
        private final LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.pseudoInverse(true);
        boolean stoppedByRule;

        Workspace(int rank) {
            this.rank = rank;
            this.factors = new double[modes][];
            this.before = new double[modes][];
            this.candidate = new double[modes][];
            this.grams = new double[modes][];
            this.rightHandSides = new DMatrixRMaj[modes];
            this.solutions = new DMatrixRMaj[modes];
            int largestMode = 0;
            int largestRest = 1;
            for (int d = 0; d < modes; d++) {
                factors[d] = new double[shape[d] * rank];
                before[d] = new double[shape[d] * rank];
                candidate[d] = new double[shape[d] * rank];
                grams[d] = new double[rank * rank];
                rightHandSides[d] = new DMatrixRMaj(rank, shape[d]);
                solutions[d] = new DMatrixRMaj(rank, shape[d]);
                largestMode = Math.max(largestMode, shape[d]);
                largestRest = Math.max(largestRest, tensor.length / shape[d]);
            }
            left = new double[largestRest * rank];
            right = new double[largestRest * rank];
            product = new double[rank];
            mttkrp = new double[largestMode * rank];
            hadamard = new double[rank * rank];
            gram = new DMatrixRMaj(rank, rank);
        }

        /**
         * Initial factors: with {@code vectors}, column r &lt; (their number) of A_d is the r-th left singular vector
         * of X_(d) and further columns are Gaussian; without, every entry is Gaussian.
         */
        void begin(double[][] vectors, SplittableRandom random) {
            for (int d = 0; d < modes; d++) {
                double[] a = factors[d];
                int available = vectors == null ? 0 : vectors[d].length / shape[d];
                for (int q = 0; q < shape[d]; q++) {
                    for (int r = 0; r < rank; r++) {
                        a[q * rank + r] = r < available ? vectors[d][q * available + r] : random.nextGaussian();
                    }
                }
                gram(d);
            }
            stoppedByRule = false;
        }

        /** Sweeps (with line search) until the stopping rule of {@link CpSettings}; returns the number of sweeps. */
        int iterate(CpSettings settings) {
            double previous = Double.POSITIVE_INFINITY;
            double power = LINE_SEARCH_POWER;
            int failures = 0;
            int sweeps = 0;
            while (sweeps < settings.maxIterations()) {
                for (int d = 0; d < modes; d++) {
                    System.arraycopy(factors[d], 0, before[d], 0, factors[d].length);
                }
                double error = sweep();
                sweeps++;
                if (sweeps >= LINE_SEARCH_FROM && error > CpSettings.EXACT) {
                    // A ← A⁻ + s (A − A⁻), s = t^(1/p), if that lowers the error
                    double step = Math.pow(sweeps, 1.0 / power);
                    for (int d = 0; d < modes; d++) {
                        for (int k = 0; k < factors[d].length; k++) {
                            candidate[d][k] = before[d][k] + step * (factors[d][k] - before[d][k]);
                        }
                    }
                    double extrapolated = Math.sqrt(residual(tensor, shape, candidate, rank, left) / normSquared);
                    if (extrapolated < error) {
                        for (int d = 0; d < modes; d++) {
                            System.arraycopy(candidate[d], 0, factors[d], 0, factors[d].length);
                            gram(d);
                        }
                        error = extrapolated;
                    } else if (++failures == LINE_SEARCH_FAILURES) {
                        power += 1.0;
                        failures = 0;
                    }
                }
                if (error <= CpSettings.EXACT
                        || (sweeps > 1 && previous - error <= settings.tolerance() * previous)) {
                    stoppedByRule = true;
                    break;
                }
                previous = error;
            }
            return sweeps;
        }

        /** One ALS sweep over all modes, then rebalancing; returns the relative error after it. */
        private double sweep() {
            for (int d = 0; d < modes; d++) {
                computeMttkrp(d);
                // H_d = ∘_{e≠d} A_eᵀA_e
                Arrays.fill(hadamard, 1.0);
                for (int e = 0; e < modes; e++) {
                    if (e != d) {
                        for (int k = 0; k < hadamard.length; k++) {
                            hadamard[k] *= grams[e][k];
                        }
                    }
                }
                // A_d = M_d H_d⁺, solved as H_d A_dᵀ = M_dᵀ (H_d symmetric)
                System.arraycopy(hadamard, 0, gram.data, 0, hadamard.length);
                DMatrixRMaj rhs = rightHandSides[d];
                int n = shape[d];
                for (int q = 0; q < n; q++) {
                    for (int r = 0; r < rank; r++) {
                        rhs.data[r * n + q] = mttkrp[q * rank + r];
                    }
                }
                if (!solver.setA(gram)) {
                    throw new IllegalStateException("the pseudo-inverse of a Gram matrix failed");
                }
                solver.solve(rhs, solutions[d]);
                double[] a = factors[d];
                double[] x = solutions[d].data;
                for (int q = 0; q < n; q++) {
                    for (int r = 0; r < rank; r++) {
                        a[q * rank + r] = x[r * n + q];
                    }
                }
                gram(d);
            }
            double error = error();
            rebalance();
            return error;
        }

        /**
         * ‖X − X̂‖/‖X‖ from the last MTTKRP (still in {@code mttkrp}, with the updated factors of all other modes)
         * and the Gram matrices; recomputed entry by entry when small.
         */
        private double error() {
            int last = modes - 1;
            double inner = 0.0; // ⟨X, X̂⟩ = Σ_{q,r} A_last[q, r] M_last[q, r]
            double[] a = factors[last];
            for (int k = 0; k < shape[last] * rank; k++) {
                inner += a[k] * mttkrp[k];
            }
            double model = 0.0; // ‖X̂‖² = Σ_{r,s} Π_d (A_dᵀA_d)[r, s]
            for (int k = 0; k < rank * rank; k++) {
                double p = 1.0;
                for (int d = 0; d < modes; d++) {
                    p *= grams[d][k];
                }
                model += p;
            }
            double squared = normSquared - 2.0 * inner + model;
            if (squared < CANCELLATION * normSquared) {
                squared = residual(tensor, shape, factors, rank, left);
            }
            return Math.sqrt(Math.max(0.0, squared) / normSquared);
        }

        /** M_d into {@code mttkrp} (class comment). */
        private void computeMttkrp(int d) {
            int n = shape[d];
            int prefix = khatriRao(factors, shape, rank, 0, d, left);
            int suffix = khatriRao(factors, shape, rank, d + 1, modes, right);
            Arrays.fill(mttkrp, 0, n * rank, 0.0);
            for (int p = 0; p < prefix; p++) {
                int lp = p * rank;
                for (int q = 0; q < n; q++) {
                    // t_r = Σ_s X[p, q, s] K_right[s, r]
                    Arrays.fill(product, 0.0);
                    int base = (p * n + q) * suffix;
                    for (int s = 0; s < suffix; s++) {
                        double x = tensor[base + s];
                        int rs = s * rank;
                        for (int r = 0; r < rank; r++) {
                            product[r] += x * right[rs + r];
                        }
                    }
                    // M[q, r] += K_left[p, r] t_r
                    int mq = q * rank;
                    for (int r = 0; r < rank; r++) {
                        mttkrp[mq + r] += left[lp + r] * product[r];
                    }
                }
            }
        }

        /** grams[d] = A_dᵀ A_d. */
        private void gram(int d) {
            double[] a = factors[d];
            double[] g = grams[d];
            Arrays.fill(g, 0.0);
            for (int q = 0; q < shape[d]; q++) {
                int aq = q * rank;
                for (int r = 0; r < rank; r++) {
                    double x = a[aq + r];
                    for (int s = 0; s < rank; s++) {
                        g[r * rank + s] += x * a[aq + s];
                    }
                }
            }
        }

        /** Rescales each component's columns to the geometric mean of their norms (X̂ unchanged). */
        private void rebalance() {
            for (int r = 0; r < rank; r++) {
                double logMean = 0.0;
                boolean degenerate = false;
                for (int d = 0; d < modes; d++) {
                    double norm = Math.sqrt(grams[d][r * rank + r]);
                    if (norm == 0.0 || !Double.isFinite(norm)) {
                        degenerate = true;
                        break;
                    }
                    logMean += Math.log(norm) / modes;
                }
                if (degenerate) {
                    continue;
                }
                double target = Math.exp(logMean);
                for (int d = 0; d < modes; d++) {
                    double scale = target / Math.sqrt(grams[d][r * rank + r]);
                    double[] a = factors[d];
                    for (int q = 0; q < shape[d]; q++) {
                        a[q * rank + r] *= scale;
                    }
                }
            }
            for (int d = 0; d < modes; d++) {
                gram(d);
            }
        }
    }
}
