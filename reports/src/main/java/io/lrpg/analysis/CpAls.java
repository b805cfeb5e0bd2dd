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
 * CP (PARAFAC) approximations of a D-way tensor by alternating least squares (ALS) on a compressed core.
 *
 * <p>A rank-R CP model of X ∈ ℝ^{n₀ × … × n_{D−1}} has one factor A_d ∈ ℝ^{n_d × R} per mode:
 * <pre>
 *   X̂[q₀, …, q_{D−1}] = Σ_r Π_d A_d[q_d, r]
 * </pre>
 *
 * <p><b>Compression</b> (Bro and Andersson's CANDELINC idea). The optimal factors lie in the column spaces of the
 * unfoldings X_(d) (each ALS update A_d = X_(d) K G⁺ does), so ALS runs on the core of a truncated higher-order SVD:
 * <pre>
 *   U_d = leading r_d left singular vectors of X_(d),   r_d the least with Σ_{i&gt;r_d} σ_{d,i}² ≤ τ² ‖X‖² / D
 *   G = X ×₀ U₀ᵀ ×₁ U₁ᵀ … ×_{D−1} U_{D−1}ᵀ                  (r₀ × … × r_{D−1})
 *   A_d = U_d B_d,   ‖X − X̂‖² = (‖X‖² − ‖G‖²) + ‖G − Ĝ‖²      (Ĝ the CP model of the B_d)
 * </pre>
 * with τ the settings' compression (‖X − X̃‖ ≤ τ‖X‖ for the projected tensor X̃). The first term is the energy the
 * truncation drops, the identity holds because X − X̃ is orthogonal to every tensor in the span of the bases.
 *
 * <p><b>One sweep</b> updates each factor in turn, d = 0 … D−1, to its least-squares optimum with the others fixed:
 * <pre>
 *   B_d ← M_d H_d⁺,   M_d[q, r] = Σ_{entries with q_d = q} G[q₀, …] Π_{e≠d} B_e[q_e, r]   (the MTTKRP)
 *                     H_d = ∘_{e≠d} (B_eᵀ B_e)   (Hadamard product of the other Gram matrices, R × R)
 * </pre>
 * with H⁺ the pseudo-inverse (EJML's SVD solver), so that over-specified ranks stay well defined. After each sweep
 * every component is rebalanced (its D columns rescaled to equal norms, signs kept), which leaves Ĝ unchanged. The
 * MTTKRP of mode d visits the core as (P × r_d × S) with P = Π_{e&lt;d} r_e and S = Π_{e&gt;d} r_e:
 * <pre>
 *   M_d[q, r] = Σ_p K_left[p, r] Σ_s G[p, q, s] K_right[s, r]
 * </pre>
 * where K_left and K_right are the Khatri–Rao products of the factors before and after d; a sweep costs about
 * D·|G|·R multiply-adds.
 *
 * <p>The error after a sweep is computed from the last MTTKRP as ‖G‖² − 2⟨G, Ĝ⟩ + ‖Ĝ‖², ⟨G, Ĝ⟩ = Σ B_{D−1} ∘ M_{D−1},
 * ‖Ĝ‖² = Σ ∘_d (B_dᵀB_d); when that is below 1e-10 ‖X‖² (where its cancellation would hide the error) it is
 * recomputed entry by entry. The error of the returned fit is always computed on X itself, entry by entry, from the
 * lifted factors A_d. Stopping rule and starts: {@link CpSettings}. A zero tensor has error 0.
 *
 * <p>An instance holds one tensor and its compression; {@link #fit} may be called for several ranks. Not
 * thread-safe.
 */
public final class CpAls {

    /** Below this relative squared error, the error is recomputed entry by entry. */
    private static final double CANCELLATION = 1e-10;

    private final double[] tensor;
    private final int[] shape;
    private final double normSquared;
    private Core core;

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

    /** The compressed core's shape r₀ … r_{D−1} at {@code compression} (see the class comment). */
    public int[] coreShape(double compression) {
        return core(compression).shape().clone();
    }

    /**
     * The best of {@code settings.starts()} fits of rank {@code rank}. The random numbers of start s (random
     * factors, and the columns of an SVD start beyond the core's size) are {@code nextGaussian()} of
     * {@code new SplittableRandom(seed + 1000·rank + s)}, drawn mode by mode and row by row in the core's
     * coordinates; a fit therefore depends on the tensor, the rank and the settings only. Ties keep the earlier
     * start.
     *
     * @param rank R &gt; 0
     */
    public Fit fit(int rank, CpSettings settings) {
        if (rank <= 0) {
            throw new IllegalArgumentException("rank must be > 0, was " + rank);
        }
        if (normSquared == 0.0) {
            double[][] zero = new double[shape.length][];
            for (int d = 0; d < shape.length; d++) {
                zero[d] = new double[shape[d] * rank];
            }
            return new Fit(rank, 0.0, 0, 0, true, zero);
        }
        Core compressed = core(settings.compression());
        Workspace work = new Workspace(compressed, rank);
        Fit best = null;
        for (int start = 0; start < settings.starts(); start++) {
            SplittableRandom random = new SplittableRandom(settings.seed() + 1000L * rank + start);
            boolean svd = start == 0 && settings.initialization() == CpSettings.Initialization.SVD_FIRST;
            work.begin(svd, random);
            int sweeps = work.iterate(settings);
            double[][] factors = compressed.lift(work.factors, rank);
            Fit fit = new Fit(rank, Math.sqrt(residual(tensor, shape, factors, rank, null) / normSquared), start,
                    sweeps, work.stoppedByRule, factors);
            if (best == null || fit.error() < best.error()) {
                best = fit;
            }
        }
        return best;
    }

    private Core core(double compression) {
        if (core == null || core.compression() != compression) {
            core = Core.of(tensor, shape, normSquared, compression);
        }
        return core;
    }

    /**
     * ‖X − X̂‖² entry by entry: X̂[p, q] = Σ_r K[p, r] A_{D−1}[q, r] with K the Khatri–Rao product of the factors of
     * modes 0 … D−2, built in {@code buffer} (allocated when null).
     */
    static double residual(double[] tensor, int[] shape, double[][] factors, int rank, double[] buffer) {
        int last = shape.length - 1;
        int n = shape[last];
        int prefix = tensor.length / n;
        double[] left = buffer != null ? buffer : new double[prefix * rank];
        khatriRao(factors, shape, rank, 0, last, left);
        double[] a = factors[last];
        double sum = 0.0;
        for (int p = 0; p < prefix; p++) {
            int lp = p * rank;
            for (int q = 0; q < n; q++) {
                int aq = q * rank;
                double fit = 0.0;
                for (int r = 0; r < rank; r++) {
                    fit += left[lp + r] * a[aq + r];
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
    static int khatriRao(double[][] factors, int[] shape, int rank, int from, int to, double[] out) {
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

    /**
     * The truncated higher-order SVD of a tensor (class comment).
     *
     * @param compression τ
     * @param bases       U_d, n_d × r_d row-major
     * @param tensor      the core G
     * @param shape       r₀ … r_{D−1}
     * @param normSquared ‖G‖²
     * @param dropped     ‖X‖² − ‖G‖², the energy the truncation drops (≥ 0)
     */
    private record Core(double compression, double[][] bases, double[] tensor, int[] shape, double normSquared,
            double dropped) {

        static Core of(double[] x, int[] shape, double normSquared, double compression) {
            int modes = shape.length;
            double budget = compression * compression * normSquared / modes;
            double[][] bases = new double[modes][];
            int[] ranks = new int[modes];
            for (int d = 0; d < modes; d++) {
                int n = shape[d];
                int rest = x.length / n;
                // the unfolding X_(d)[q, p·S + s] = X[(p·n + q)·S + s]
                int suffix = 1;
                for (int e = d + 1; e < modes; e++) {
                    suffix *= shape[e];
                }
                int prefix = rest / suffix;
                DMatrixRMaj unfolding = new DMatrixRMaj(n, rest);
                for (int p = 0; p < prefix; p++) {
                    for (int q = 0; q < n; q++) {
                        System.arraycopy(x, (p * n + q) * suffix, unfolding.data, q * rest + p * suffix, suffix);
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
                int m = Math.min(w.numRows, w.numCols);
                // r_d = least r ≥ 1 with Σ_{i≥r} σ_i² ≤ budget (0-based i)
                int r = m;
                double tail = 0.0;
                while (r > 1) {
                    double sigma = w.get(r - 1, r - 1);
                    if (tail + sigma * sigma > budget) {
                        break;
                    }
                    tail += sigma * sigma;
                    r--;
                }
                ranks[d] = r;
                bases[d] = new double[n * r];
                for (int q = 0; q < n; q++) {
                    for (int a = 0; a < r; a++) {
                        bases[d][q * r + a] = u.get(q, a);
                    }
                }
            }
            // G = X ×_d U_dᵀ, one mode at a time: Y'[p, a, s] = Σ_q U_d[q, a] Y[p, q, s]
            double[] y = x;
            int[] current = shape.clone();
            for (int d = 0; d < modes; d++) {
                int n = current[d];
                int r = ranks[d];
                int suffix = 1;
                for (int e = d + 1; e < modes; e++) {
                    suffix *= current[e];
                }
                int prefix = y.length / (n * suffix);
                double[] next = new double[prefix * r * suffix];
                double[] u = bases[d];
                for (int p = 0; p < prefix; p++) {
                    for (int q = 0; q < n; q++) {
                        int source = (p * n + q) * suffix;
                        for (int a = 0; a < r; a++) {
                            double weight = u[q * r + a];
                            int target = (p * r + a) * suffix;
                            for (int s = 0; s < suffix; s++) {
                                next[target + s] += weight * y[source + s];
                            }
                        }
                    }
                }
                y = next;
                current[d] = r;
            }
            double coreNorm = 0.0;
            for (double g : y) {
                coreNorm += g * g;
            }
            return new Core(compression, bases, y, ranks, coreNorm, dropped(x, shape, bases, ranks, y));
        }

        /**
         * ‖X − X̃‖², X̃ = G ×₀ U₀ ×₁ U₁ … the projection of X, entry by entry (‖X‖² − ‖G‖² would lose it to
         * cancellation).
         */
        private static double dropped(double[] x, int[] shape, double[][] bases, int[] ranks, double[] core) {
            // X̃ from G one mode at a time: Y'[p, q, s] = Σ_a U_d[q, a] Y[p, a, s]
            double[] y = core;
            int[] current = ranks.clone();
            for (int d = 0; d < shape.length; d++) {
                int r = current[d];
                int n = shape[d];
                int suffix = 1;
                for (int e = d + 1; e < shape.length; e++) {
                    suffix *= current[e];
                }
                int prefix = y.length / (r * suffix);
                double[] next = new double[prefix * n * suffix];
                double[] u = bases[d];
                for (int p = 0; p < prefix; p++) {
                    for (int q = 0; q < n; q++) {
                        int target = (p * n + q) * suffix;
                        for (int a = 0; a < r; a++) {
                            double weight = u[q * r + a];
                            int source = (p * r + a) * suffix;
                            for (int s = 0; s < suffix; s++) {
                                next[target + s] += weight * y[source + s];
                            }
                        }
                    }
                }
                y = next;
                current[d] = n;
            }
            double sum = 0.0;
            for (int t = 0; t < x.length; t++) {
                double difference = x[t] - y[t];
                sum += difference * difference;
            }
            return sum;
        }

        /** A_d = U_d B_d. */
        double[][] lift(double[][] factors, int rank) {
            double[][] lifted = new double[bases.length][];
            for (int d = 0; d < bases.length; d++) {
                int r = shape[d];
                int n = bases[d].length / r;
                lifted[d] = new double[n * rank];
                for (int q = 0; q < n; q++) {
                    for (int a = 0; a < r; a++) {
                        double weight = bases[d][q * r + a];
                        for (int c = 0; c < rank; c++) {
                            lifted[d][q * rank + c] += weight * factors[d][a * rank + c];
                        }
                    }
                }
            }
            return lifted;
        }
    }

    /** ALS on the core for one rank; buffers reused across starts. */
    private static final class Workspace {
        private final double[] tensor;
        private final int[] shape;
        private final int modes;
        private final double coreNorm;
        private final double total;   // ‖X‖² = ‖G‖² + dropped
        private final double dropped;
        private final int rank;
        final double[][] factors;
        private final double[][] grams;
        private final double[] left;
        private final double[] right;
        private final double[] product;
        private final double[] mttkrp;
        private final double[] hadamard;
        private final DMatrixRMaj gram;
        private final DMatrixRMaj[] rightHandSides;
        private final DMatrixRMaj[] solutions;
        private final LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.pseudoInverse(true);
        boolean stoppedByRule;

        Workspace(Core core, int rank) {
            this.tensor = core.tensor();
            this.shape = core.shape();
            this.modes = shape.length;
            this.coreNorm = core.normSquared();
            this.dropped = core.dropped();
            this.total = coreNorm + dropped;
            this.rank = rank;
            this.factors = new double[modes][];
            this.grams = new double[modes][];
            this.rightHandSides = new DMatrixRMaj[modes];
            this.solutions = new DMatrixRMaj[modes];
            int largestMode = 0;
            int largestRest = 1;
            for (int d = 0; d < modes; d++) {
                factors[d] = new double[shape[d] * rank];
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
         * Initial factors: B_d = the first columns of the identity (the bases are the leading singular vectors) and
         * Gaussian columns beyond r_d for an SVD start; all Gaussian otherwise.
         */
        void begin(boolean svd, SplittableRandom random) {
            for (int d = 0; d < modes; d++) {
                double[] b = factors[d];
                for (int q = 0; q < shape[d]; q++) {
                    for (int r = 0; r < rank; r++) {
                        b[q * rank + r] = svd && r < shape[d] ? (q == r ? 1.0 : 0.0) : random.nextGaussian();
                    }
                }
                gram(d);
            }
            stoppedByRule = false;
        }

        /** Sweeps until the stopping rule of {@link CpSettings}; returns the number of sweeps. */
        int iterate(CpSettings settings) {
            double previous = Double.POSITIVE_INFINITY;
            int sweeps = 0;
            while (sweeps < settings.maxIterations()) {
                double error = sweep();
                sweeps++;
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
                // H_d = ∘_{e≠d} B_eᵀB_e
                Arrays.fill(hadamard, 1.0);
                for (int e = 0; e < modes; e++) {
                    if (e != d) {
                        for (int k = 0; k < hadamard.length; k++) {
                            hadamard[k] *= grams[e][k];
                        }
                    }
                }
                // B_d = M_d H_d⁺, solved as H_d B_dᵀ = M_dᵀ (H_d symmetric)
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
                double[] b = factors[d];
                double[] x = solutions[d].data;
                for (int q = 0; q < n; q++) {
                    for (int r = 0; r < rank; r++) {
                        b[q * rank + r] = x[r * n + q];
                    }
                }
                gram(d);
            }
            double error = error();
            rebalance();
            return error;
        }

        /**
         * sqrt((dropped + ‖G − Ĝ‖²)/‖X‖²) from the last MTTKRP (still in {@code mttkrp}, with the updated factors of
         * all other modes) and the Gram matrices; ‖G − Ĝ‖² recomputed entry by entry when small.
         */
        private double error() {
            int last = modes - 1;
            double inner = 0.0; // ⟨G, Ĝ⟩ = Σ_{q,r} B_last[q, r] M_last[q, r]
            double[] b = factors[last];
            for (int k = 0; k < shape[last] * rank; k++) {
                inner += b[k] * mttkrp[k];
            }
            double model = 0.0; // ‖Ĝ‖² = Σ_{r,s} Π_d (B_dᵀB_d)[r, s]
            for (int k = 0; k < rank * rank; k++) {
                double p = 1.0;
                for (int d = 0; d < modes; d++) {
                    p *= grams[d][k];
                }
                model += p;
            }
            double residual = coreNorm - 2.0 * inner + model;
            if (residual < CANCELLATION * total) {
                residual = residual(tensor, shape, factors, rank, left);
            }
            return Math.sqrt(Math.max(0.0, dropped + residual) / total);
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
                    // t_r = Σ_s G[p, q, s] K_right[s, r]
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

        /** grams[d] = B_dᵀ B_d. */
        private void gram(int d) {
            double[] b = factors[d];
            double[] g = grams[d];
            Arrays.fill(g, 0.0);
            for (int q = 0; q < shape[d]; q++) {
                int bq = q * rank;
                for (int r = 0; r < rank; r++) {
                    double x = b[bq + r];
                    for (int s = 0; s < rank; s++) {
                        g[r * rank + s] += x * b[bq + s];
                    }
                }
            }
        }

        /** Rescales each component's columns to the geometric mean of their norms (Ĝ unchanged). */
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
                    double[] b = factors[d];
                    for (int q = 0; q < shape[d]; q++) {
                        b[q * rank + r] *= scale;
                    }
                }
            }
            for (int d = 0; d < modes; d++) {
                gram(d);
            }
        }
    }
}
