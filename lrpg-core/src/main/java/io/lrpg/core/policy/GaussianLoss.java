package io.lrpg.core.policy;

/**
 * The per-step gradients of the REINFORCE loss of a Gaussian policy whose mean is f(z_t) for a model output z_t
 * (docs/paper.md §1.4), shared by the factored policies (matrix and tensor):
 * <pre>
 *   ℒ = (1/B) Σ_t −A_t log 𝒩(a_t; μ_t, σ_t²),   μ_t = f(z_t),   log σ_t = log σ₀ [+ c_t]
 *   d_t = a_t − μ_t
 *   g_t = ∂ℒ/∂z_t      = −A_t d_t / σ_t² · (1/B) · f'(z_t)
 *   h_t = ∂ℒ/∂log σ_t  = −A_t (d_t²/σ_t² − 1) · (1/B)
 *   ∂ℒ/∂log σ₀ = Σ_t h_t   (summed from 0.0 in the order of t)
 * </pre>
 * with σ_t² = e^{2 log σ₀} for every t (scalar σ) or e^{2 (log σ₀ + c_t)} with a per-state offset c_t. The
 * expressions are evaluated in exactly this order, so a model's results do not depend on which model calls this.
 */
public final class GaussianLoss {

    private GaussianLoss() {
    }

    /**
     * Writes g_t into {@code g} (and h_t into {@code h} if given) for t &lt; {@code length} and returns ∂ℒ/∂log σ₀.
     * Allocates nothing.
     *
     * @param z          (input) z_t; not modified
     * @param means      (input) μ_t = f(z_t), as {@link MeanTransform#apply(double[], int, double[])} computes them;
     *                   not modified
     * @param actions    (input) a_t as stored and scored; not modified
     * @param advantages (input) A_t; not modified
     * @param length     B ≥ 1
     * @param logStd     log σ₀
     * @param offsets    (input) the per-state offsets c_t, or {@code null} for a scalar σ; not modified
     * @param transform  f
     * @param g          (output) g_t
     * @param h          (output) h_t, or {@code null} if not wanted
     */
    public static double gradients(double[] z, double[] means, double[] actions, double[] advantages, int length,
            double logStd, double[] offsets, MeanTransform transform, double[] g, double[] h) {
        double inverseLength = 1.0 / length;
        double scalarVariance = Math.exp(2.0 * logStd); // σ² of a scalar σ, the same for every t
        double logStdSum = 0.0;
        for (int t = 0; t < length; t++) {
            double mu = means[t];                     // μ_t = f(z_t)
            double d = actions[t] - mu;               // d_t = a_t − μ_t
            double variance = offsets != null ? Math.exp(2.0 * (logStd + offsets[t])) : scalarVariance; // σ_t²
            double a = advantages[t];
            // g_t = −A_t d_t f'(z_t) / (σ_t² B),   h_t = −A_t (d_t²/σ_t² − 1) / B
            g[t] = -a * d / variance * inverseLength * transform.derivative(z[t], mu);
            double ht = -a * (d * d / variance - 1.0) * inverseLength;
            logStdSum += ht;                          // ∂ℒ/∂log σ₀ = Σ_t h_t
            if (h != null) {
                h[t] = ht;
            }
        }
        return logStdSum;
    }

    /**
     * log 𝒩(a; μ, σ²) = −d²/(2σ²) − log σ − ½ log 2π with d = a − μ, σ² = e^{2 log σ}.
     */
    public static double logDensity(double action, double mean, double logStd) {
        double d = action - mean;
        double variance = Math.exp(2.0 * logStd);
        return -d * d / (2.0 * variance) - logStd - 0.5 * Math.log(2.0 * Math.PI);
    }
}
