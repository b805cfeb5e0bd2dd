package io.lrpg.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.optim.Adam;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.random.RandomStreams;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class MlpTest {

    private static double[] observations(int rows, int inputs, RandomGenerator random) {
        double[] x = new double[rows * inputs];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextDouble(-2.0, 2.0);
        }
        return x;
    }

    @Test
    void snapshotOutputEqualsDl4jOutput() {
        RandomStreams streams = RandomStreams.fromSeed(11);
        Mlp mlp = new Mlp(2, 512, 1e-3, streams.initialization());
        int rows = 100;
        double[] x = observations(rows, 2, streams.environment());
        double[] target = observations(rows, 1, streams.environment());
        for (int update = 0; update < 3; update++) { // also after updates: the snapshot must be refreshed
            double[] expected = new double[rows];
            double[] actual = new double[rows];
            mlp.networkOutputs(x, rows, expected);
            mlp.outputs(x, rows, actual);
            assertArrayEquals(expected, actual, 1e-12);
            mlp.step(x, rows, (z, n, out) -> {
                for (int t = 0; t < n; t++) {
                    out[t] = 2.0 * (z[t] - target[t]) / n;
                }
            });
        }
    }

    @Test
    void initializationIsPyTorchDefaultDrawnInTheDocumentedOrder() {
        int inputs = 3;
        int hidden = 128;
        Mlp mlp = new Mlp(inputs, hidden, 1e-2, RandomStreams.fromSeed(5).initialization());
        double[] theta = mlp.parameters();
        assertEquals(inputs * hidden + hidden + hidden + 1, theta.length);
        RandomGenerator replay = RandomStreams.fromSeed(5).initialization();
        double bound1 = 1.0 / Math.sqrt(inputs);
        double bound2 = 1.0 / Math.sqrt(hidden);
        int layer2 = inputs * hidden + hidden;
        for (int k = 0; k < theta.length; k++) {
            double bound = k < layer2 ? bound1 : bound2;
            assertTrue(Math.abs(theta[k]) <= bound, "θ[" + k + "] outside the bound");
            assertEquals(replay.nextDouble(-bound, bound), theta[k], 0.0, "θ[" + k + "]");
        }
    }

    @Test
    void layoutMatchesTheDocumentedFormula() {
        int inputs = 3;
        int hidden = 5;
        Mlp mlp = new Mlp(inputs, hidden, 1e-3, RandomStreams.fromSeed(3).initialization());
        double[] theta = mlp.parameters();
        double[] s = {0.3, -1.2, 0.7};
        // z = b₂ + Σ_j w₂[j] relu(b₁[j] + Σ_i W₁[j,i] s_i), written from the class comment's layout
        double z = theta[inputs * hidden + 2 * hidden];
        for (int j = 0; j < hidden; j++) {
            double a = theta[inputs * hidden + j];
            for (int i = 0; i < inputs; i++) {
                a += theta[j * inputs + i] * s[i];
            }
            z += theta[inputs * hidden + hidden + j] * Math.max(0.0, a);
        }
        double[] dl4j = new double[1];
        mlp.networkOutputs(s, 1, dl4j);
        assertEquals(z, dl4j[0], 1e-13);
    }

    /**
     * Three DL4J Adam steps against the core {@link Adam} (PyTorch semantics) fed the same gradients.
     *
     * <p>DL4J's Adam computes θ ← θ − α √(1−β₂ᵗ)/(1−β₁ᵗ) · m / (√v + ε), PyTorch
     * θ ← θ − α/(1−β₁ᵗ) · m / (√v/√(1−β₂ᵗ) + ε): DL4J's ε acts like PyTorch's ε / √(1−β₂ᵗ), 31.6 ε at
     * t = 1. {@link Mlp} compensates by setting DL4J's ε to ε √(1−β₂ᵗ) before each step. Without that
     * compensation this test fails at step 0 by about 1e-7 on a 1e-3 step (gradients of order 3e-3):
     * the first step is α g/(|g| + 3.2e-7) instead of α g/(|g| + 1e-8). Steps 2 and 3 also check that
     * the Adam moments persist between updates (they did not when the updater was fetched anew with
     * {@code MultiLayerNetwork.getUpdater()} for every step: step 2 was then 0.744 α instead of ≈ α).
     */
    @Test
    void adamStepMatchesPyTorchSemantics() {
        double learningRate = 1e-3;
        RandomStreams streams = RandomStreams.fromSeed(17);
        Mlp mlp = new Mlp(3, 16, learningRate, streams.initialization());
        int rows = 20;
        double[] x = observations(rows, 3, streams.environment());
        double[] target = observations(rows, 1, streams.environment());
        Mlp.OutputGradient mse = (z, n, out) -> {
            for (int t = 0; t < n; t++) {
                out[t] = 2.0 * (z[t] - target[t]) / n;
            }
        };
        Adam reference = new Adam(AdamSettings.withLearningRate(learningRate), mlp.numParams());
        double[] expected = mlp.parameters();
        double[] gradient = new double[mlp.numParams()];
        for (int step = 0; step < 3; step++) {
            mlp.gradient(x, rows, mse, gradient);
            reference.step(expected, gradient);
            mlp.step(x, rows, mse);
            double[] actual = mlp.parameters();
            for (int k = 0; k < actual.length; k++) {
                assertEquals(expected[k], actual[k], 1e-12, "step " + step + ", θ[" + k + "]");
            }
        }
    }
}
