package io.lrpg.core.optim;

/**
 * The constants of {@link Adam}.
 *
 * @param learningRate α &gt; 0, finite
 * @param beta1        β₁ ∈ [0, 1), decay of the first moment
 * @param beta2        β₂ ∈ [0, 1), decay of the second moment
 * @param epsilon      ε &gt; 0, added to √v̂ in the denominator
 */
public record AdamSettings(double learningRate, double beta1, double beta2, double epsilon) {

    public AdamSettings {
        if (!(learningRate > 0.0 && learningRate < Double.POSITIVE_INFINITY)) { // also rejects NaN
            throw new IllegalArgumentException("learningRate must be finite and > 0, was " + learningRate);
        }
        if (!(beta1 >= 0.0 && beta1 < 1.0)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), was " + beta1);
        }
        if (!(beta2 >= 0.0 && beta2 < 1.0)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), was " + beta2);
        }
        if (!(epsilon > 0.0 && epsilon < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("epsilon must be finite and > 0, was " + epsilon);
        }
    }

    /** PyTorch's defaults (β₁ = 0.9, β₂ = 0.999, ε = 1e-8), which the reference implementation used. */
    public static AdamSettings withLearningRate(double learningRate) {
        return new AdamSettings(learningRate, 0.9, 0.999, 1e-8);
    }
}
