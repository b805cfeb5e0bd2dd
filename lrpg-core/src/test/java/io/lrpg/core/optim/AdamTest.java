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
