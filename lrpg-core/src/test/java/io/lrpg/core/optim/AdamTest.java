package io.lrpg.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AdamTest {

    /**
     * Two steps worked by hand with α = 0.1, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, θ = [1, −2], g₁ = [0.5, 0],
     * g₂ = [−1, 0]:
     * <pre>
     * step 1: m = [0.05, 0], v = [0.00025, 0], m̂ = [0.5, 0], v̂ = [0.25, 0]
     *         θ₀ = 1 − 0.1 · 0.5 / (0.5 + 1e-8) = 0.9000000020 (0.1·0.5/0.50000001 = 0.0999999980)
     *         θ₁ = −2 (m = v = 0 ⇒ no move)
     * step 2: m = 0.9·0.05 − 0.1 = −0.055, v = 0.999·0.00025 + 0.001 = 0.00124975
     *         m̂ = −0.055/0.19 = −0.289473684…, v̂ = 0.00124975/0.001999 = 0.625187593…
     *         θ₀ = 0.9000000020 + 0.1 · 0.289473684 / (0.7906880509 + 1e-8) = 0.9366103542
     * </pre>
     */
    @Test
    void matchesHandComputedSteps() {
        Adam adam = new Adam(new AdamSettings(0.1, 0.9, 0.999, 1e-8), 2);
        double[] theta = {1.0, -2.0};

        adam.step(theta, new double[] {0.5, 0.0});
        assertEquals(1.0 - 0.1 * 0.5 / (0.5 + 1e-8), theta[0], 1e-15);
        assertEquals(0.9000000019999999, theta[0], 1e-12);
        assertEquals(-2.0, theta[1]);

        adam.step(theta, new double[] {-1.0, 0.0});
        double mHat = -0.055 / (1 - 0.81);
        double vHat = 0.00124975 / (1 - 0.998001);
        double expected = 1.0 - 0.1 * 0.5 / (0.5 + 1e-8) - 0.1 * mHat / (Math.sqrt(vHat) + 1e-8);
        assertEquals(expected, theta[0], 1e-14);
        assertEquals(0.9366103542, theta[0], 1e-9); // 0.9000000020 + 0.1 · 0.2894736842 / 0.7906880509
        assertEquals(-2.0, theta[1]);
        assertEquals(2, adam.steps());
    }

    /**
     * Optimizers with other β's, or at another step count, stepped in turn on one thread, each take exactly the steps
     * of PyTorch's formula with their own β₁ᵗ and β₂ᵗ: the remembered powers ({@code AdamPowers}) are never another
     * optimizer's. The expected values are computed here with {@code Math.pow} at every step.
     */
    @Test
    void optimizersSteppedInTurnUseTheirOwnBiasCorrections() {
        AdamSettings[] settings = {new AdamSettings(0.1, 0.9, 0.999, 1e-8), new AdamSettings(0.1, 0.8, 0.99, 1e-8),
            new AdamSettings(0.05, 0.9, 0.999, 1e-8)};
        Adam[] adams = new Adam[settings.length];
        double[][] theta = new double[settings.length][];
        double[][] expected = new double[settings.length][];
        double[][] m = new double[settings.length][1];
        double[][] v = new double[settings.length][1];
        for (int n = 0; n < settings.length; n++) {
            adams[n] = new Adam(settings[n], 1);
            theta[n] = new double[] {1.0};
            expected[n] = new double[] {1.0};
        }
        adams[2].step(theta[2], new double[] {0.3}); // the third runs one step ahead of the first, with equal β's
        step(settings[2], 1, 0.3, m[2], v[2], expected[2]);
        for (int t = 1; t <= 30; t++) {
            for (int n = 0; n < settings.length; n++) {
                double g = Math.sin(3.0 * t + n);
                adams[n].step(theta[n], new double[] {g});
                step(settings[n], n == 2 ? t + 1 : t, g, m[n], v[n], expected[n]);
                assertEquals(Double.doubleToRawLongBits(expected[n][0]), Double.doubleToRawLongBits(theta[n][0]),
                        "optimizer " + n + " at step " + t);
            }
        }
    }

    /** PyTorch's Adam step t on one entry, with the bias corrections from Math.pow, in Adam's order of operations. */
    private static void step(AdamSettings s, long t, double g, double[] m, double[] v, double[] theta) {
        double stepSize = s.learningRate() / (1.0 - Math.pow(s.beta1(), t));
        double biasCorrection2Sqrt = Math.sqrt(1.0 - Math.pow(s.beta2(), t));
        m[0] = s.beta1() * m[0] + (1.0 - s.beta1()) * g;
        v[0] = s.beta2() * v[0] + (1.0 - s.beta2()) * g * g;
        double denominator = Math.sqrt(v[0]) / biasCorrection2Sqrt + s.epsilon();
        theta[0] -= stepSize * (m[0] / denominator);
    }

    @Test
    void movesEntriesWithZeroGradientWhileTheirMomentumLasts() {
        Adam adam = new Adam(AdamSettings.withLearningRate(0.01), 1);
        double[] theta = {0.0};
        adam.step(theta, new double[] {1.0});
        double afterFirst = theta[0];
        adam.step(theta, new double[] {0.0}); // PyTorch still moves θ: m ≠ 0
        assertEquals(-0.01, afterFirst, 1e-9);
        assertEquals(true, theta[0] < afterFirst);
    }

    @Test
    void segmentedUpdateEqualsOneVectorUpdate() {
        double[] gradient = {0.3, -0.7, 1.1, 0.0, 2.5};
        Adam whole = new Adam(AdamSettings.withLearningRate(0.05), 5);
        Adam split = new Adam(AdamSettings.withLearningRate(0.05), 5);
        double[] theta = {1, 2, 3, 4, 5};
        double[] left = {1, 2};
        double[] right = {3, 4, 5};
        for (int step = 0; step < 3; step++) {
            whole.step(theta, gradient);
            split.begin();
            split.update(left, 0, gradient, 0, 0, 2);
            split.update(right, 0, gradient, 2, 2, 3);
        }
        assertArrayEquals(theta, new double[] {left[0], left[1], right[0], right[1], right[2]});
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> AdamSettings.withLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> AdamSettings.withLearningRate(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> AdamSettings.withLearningRate(0.0));
        assertThrows(IllegalArgumentException.class, () -> new AdamSettings(0.1, 1.0, 0.999, 1e-8));
        assertThrows(IllegalStateException.class,
                () -> new Adam(AdamSettings.withLearningRate(0.1), 1).update(new double[1], 0, new double[1], 0, 0, 1));
    }
}
