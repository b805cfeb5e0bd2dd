package io.lrpg.core.optim;

/**
 * Adam with the semantics of {@code torch.optim.SparseAdam}: a step updates only the entries handed to
 * {@link #update} (in PyTorch, the indices present in the sparse gradient; here, the rows a model
 * touched). For such an entry, at step t (counted over all steps, touched or not),
 * <pre>
 *   m_i ← m_i + (1 − β₁)(g_i − m_i)
 *   v_i ← v_i + (1 − β₂)(g_i² − v_i)
 *   θ_i ← θ_i − (α √(1 − β₂ᵗ) / (1 − β₁ᵗ)) · m_i / (√v_i + ε)
 * </pre>
 * Entries not handed to {@link #update} keep their moments and values. Note that ε is added to √v
 * before the bias correction, as in PyTorch's SparseAdam, not after it as in {@link Adam}; on the
 * first step the two therefore differ by a relative O(ε/|g|).
 *
 * <p>{@link #begin()} starts a step; {@link #update} may then be called for any set of disjoint
 * segments. Allocates nothing.
 */
public final class SparseAdam extends AdamState {

    private double stepSize;

    /**
     * @param settings       the constants
     * @param parameterCount the length of the parameter vector this optimizer updates
     */
    public SparseAdam(AdamSettings settings, int parameterCount) {
        super(settings, parameterCount);
    }

    /** Starts a step: t ← t + 1, and the step size α √(1 − β₂ᵗ) / (1 − β₁ᵗ). */
    @Override
    public void begin() {
        super.begin();
        AdamPowers powers = AdamPowers.of(settings.beta1(), settings.beta2(), steps); // β₁ᵗ, β₂ᵗ (Math.pow)
        double biasCorrection1 = 1.0 - powers.beta1Power();
        double biasCorrection2 = 1.0 - powers.beta2Power();
        stepSize = settings.learningRate() * Math.sqrt(biasCorrection2) / biasCorrection1;
    }

    /** Updates {@code length} entries of one touched segment after {@link #begin()}. */
    @Override
    public void update(double[] parameters, int parameterStart, double[] gradient, int gradientStart,
            int momentStart, int length) {
        checkSegment(momentStart, length);
        double beta1 = settings.beta1();
        double beta2 = settings.beta2();
        double epsilon = settings.epsilon();
        for (int n = 0; n < length; n++) {
            int i = momentStart + n;
            double g = gradient[gradientStart + n];
            // m ← m + (1 − β₁)(g − m) ;  v ← v + (1 − β₂)(g² − v)   (PyTorch's evaluation order)
            double oldM = firstMoment[i];
            double oldV = secondMoment[i];
            double m = (g - oldM) * (1.0 - beta1) + oldM;
            double v = (g * g - oldV) * (1.0 - beta2) + oldV;
            firstMoment[i] = m;
            secondMoment[i] = v;
            // θ ← θ − (α √(1 − β₂ᵗ) / (1 − β₁ᵗ)) · m / (√v + ε)
            parameters[parameterStart + n] += -stepSize * (m / (Math.sqrt(v) + epsilon));
        }
    }
}
