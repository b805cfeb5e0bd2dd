package io.lrpg.core.optim;

/**
 * Adam (Kingma and Ba, 2015) with the semantics of {@code torch.optim.Adam} (no weight decay, no AMSGrad):
 * for step t = 1, 2, … and every parameter entry i, whether or not its gradient is zero,
 * <pre>
 *   m_i ← β₁ m_i + (1 − β₁) g_i
 *   v_i ← β₂ v_i + (1 − β₂) g_i²
 *   θ_i ← θ_i − α · (m_i / (1 − β₁ᵗ)) / (√v_i / √(1 − β₂ᵗ) + ε)
 * </pre>
 * The last line is evaluated as PyTorch evaluates it (bias corrections applied as in its
 * single-tensor implementation: {@code denom = sqrt(v) / sqrt(1 − β₂ᵗ) + ε},
 * {@code θ −= (α / (1 − β₁ᵗ)) · m / denom}).
 *
 * <p>One instance holds the moments of one parameter vector; actor and critic each own one.
 * {@link #begin()} computes the step's bias corrections once for all segments of the step. {@link #step}
 * allocates nothing.
 */
public final class Adam extends AdamState {

    private double stepSize;            // α / (1 − β₁ᵗ)
    private double biasCorrection2Sqrt; // √(1 − β₂ᵗ)

    /**
     * @param settings       the constants
     * @param parameterCount the length of the parameter vector this optimizer updates
     */
    public Adam(AdamSettings settings, int parameterCount) {
        super(settings, parameterCount);
    }

    /**
     * Takes one step.
     *
     * @param parameters (input and output) θ, of length {@link #parameterCount()}; modified in place
     * @param gradient   (input) ∂ℒ/∂θ, of the same length; not modified
     */
    public void step(double[] parameters, double[] gradient) {
        int length = firstMoment.length;
        if (parameters.length != length || gradient.length != length) {
            throw new IllegalArgumentException("expected parameters and gradient of length " + length + ", were "
                    + parameters.length + " and " + gradient.length);
        }
        begin();
        update(parameters, 0, gradient, 0, 0, length);
    }

    /** Starts a step: t ← t + 1, and its constants α / (1 − β₁ᵗ) and √(1 − β₂ᵗ). */
    @Override
    public void begin() {
        super.begin();
        AdamPowers powers = AdamPowers.of(settings.beta1(), settings.beta2(), steps); // β₁ᵗ, β₂ᵗ (Math.pow)
        double biasCorrection1 = 1.0 - powers.beta1Power();
        biasCorrection2Sqrt = Math.sqrt(1.0 - powers.beta2Power());
        stepSize = settings.learningRate() / biasCorrection1;
    }

    /**
     * Updates {@code length} entries of one segment after {@link #begin()}; a step on a parameter vector
     * stored in several arrays covers every entry exactly once.
     */
    @Override
    public void update(double[] parameters, int parameterStart, double[] gradient, int gradientStart,
            int momentStart, int length) {
        checkSegment(momentStart, length);
        double beta1 = settings.beta1();
        double beta2 = settings.beta2();
        double biasCorrection2Sqrt = this.biasCorrection2Sqrt;
        double stepSize = this.stepSize;
        double epsilon = settings.epsilon();
        for (int n = 0; n < length; n++) {
            int i = momentStart + n;
            double g = gradient[gradientStart + n];
            // m ← β₁ m + (1 − β₁) g ;  v ← β₂ v + (1 − β₂) g²
            firstMoment[i] = beta1 * firstMoment[i] + (1.0 - beta1) * g;
            secondMoment[i] = beta2 * secondMoment[i] + (1.0 - beta2) * g * g;
            // θ ← θ − (α / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
            double denominator = Math.sqrt(secondMoment[i]) / biasCorrection2Sqrt + epsilon;
            parameters[parameterStart + n] -= stepSize * (firstMoment[i] / denominator);
        }
    }
}
