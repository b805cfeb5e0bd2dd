package io.lrpg.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.optim.Adam;
import io.lrpg.core.optim.AdamSettings;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.core.random.RandomStreams;
import java.util.random.RandomGenerator;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

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
        Mlp mlp = new Mlp(2, 512, 1e-3, Activation.IDENTITY, new LossMSE(), streams.initialization());
        int rows = 100;
        double[] x = observations(rows, 2, streams.environment());
        double[] target = observations(rows, 1, streams.environment());
        for (int update = 0; update < 3; update++) { // also after updates: the snapshot must be refreshed
            double[] expected = new double[rows];
            double[] actual = new double[rows];
            mlp.networkOutputs(x, rows, expected);
            mlp.outputs(x, rows, actual);
            assertArrayEquals(expected, actual, 1e-12);
            mlp.fit(x, rows, target, 1);
        }
    }

    /** With a sigmoid output layer DL4J returns f(z); the snapshot gives z. */
    @Test
    void snapshotOutputEqualsDl4jOutputWithTheSigmoidOutputLayer() {
        RandomStreams streams = RandomStreams.fromSeed(13);
        Mlp mlp = new Mlp(3, 128, 1e-2, Activation.SIGMOID, new GaussianPolicyLoss(), streams.initialization());
        int rows = 150;
        double[] x = observations(rows, 3, streams.environment());
        double[] labels = policyLabels(rows, streams.environment());
        for (int update = 0; update < 3; update++) {
            double[] expected = new double[rows];
            double[] actual = new double[rows];
            mlp.networkOutputs(x, rows, expected);
            mlp.outputs(x, rows, actual);
            for (int t = 0; t < rows; t++) {
                assertEquals(expected[t], MeanTransform.SIGMOID.apply(actual[t]), 1e-12);
            }
            mlp.fit(x, rows, labels, GaussianPolicyLoss.LABEL_COLUMNS);
        }
    }

    /** Rows [a, A, σ²] with a ∈ (0, 1), A ∈ (−2, 2) and σ² = 0.6. */
    private static double[] policyLabels(int rows, RandomGenerator random) {
        double[] labels = new double[rows * GaussianPolicyLoss.LABEL_COLUMNS];
        for (int t = 0; t < rows; t++) {
            labels[3 * t] = random.nextDouble();
            labels[3 * t + 1] = random.nextDouble(-2.0, 2.0);
            labels[3 * t + 2] = 0.6;
        }
        return labels;
    }

    /**
     * One {@code fit} with plain SGD(lr) moves θ by exactly −lr · {@link Mlp#gradient}: the gradient the tests
     * check against finite differences is the one DL4J applies, including its division by the batch size.
     */
    @Test
    void sgdFitAppliesTheReportedGradient() {
        double learningRate = 0.1;
        RandomStreams streams = RandomStreams.fromSeed(19);
        int rows = 37;
        double[] x = observations(rows, 3, streams.environment());
        double[] target = observations(rows, 1, streams.environment());
        double[] labels = policyLabels(rows, streams.environment());
        Mlp critic = new Mlp(3, 16, new Sgd(learningRate), Activation.IDENTITY, new LossMSE(),
                streams.initialization());
        Mlp actor = new Mlp(3, 16, new Sgd(learningRate), Activation.SIGMOID, new GaussianPolicyLoss(),
                streams.initialization());
        for (int step = 0; step < 2; step++) {
            assertSgdStep(critic, x, rows, target, 1, learningRate);
            assertSgdStep(actor, x, rows, labels, GaussianPolicyLoss.LABEL_COLUMNS, learningRate);
        }
    }

    private static void assertSgdStep(Mlp mlp, double[] x, int rows, double[] labels, int columns, double lr) {
        double[] before = mlp.parameters();
        double[] gradient = new double[mlp.numParams()];
        mlp.gradient(x, rows, labels, columns, gradient);
        assertArrayEquals(before, mlp.parameters(), 0.0, "gradient() must not change θ");
        mlp.fit(x, rows, labels, columns);
        double[] after = mlp.parameters();
        double largest = 0.0;
        for (int k = 0; k < after.length; k++) {
            assertEquals(before[k] - lr * gradient[k], after[k], 1e-15, "θ[" + k + "]");
            largest = Math.max(largest, Math.abs(gradient[k]));
        }
        assertTrue(largest > 1e-3, "the gradient should not vanish");
    }

    /** The configuration with the custom loss survives DL4J's JSON form. */
    @Test
    void configurationWithTheCustomLossRoundTripsThroughJson() {
        MultiLayerConfiguration configuration = Mlp.configuration(3, 8, new org.nd4j.linalg.learning.config.Adam(1e-3),
                Activation.SIGMOID, new GaussianPolicyLoss());
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(configuration.toJson());
        assertEquals(configuration, back);
        assertTrue(((OutputLayer) back.getConf(1).getLayer()).getLossFn() instanceof GaussianPolicyLoss);
    }

    @Test
    void initializationIsPyTorchDefaultDrawnInTheDocumentedOrder() {
        int inputs = 3;
        int hidden = 128;
        Mlp mlp = new Mlp(inputs, hidden, 1e-2, Activation.IDENTITY, new LossMSE(),
                RandomStreams.fromSeed(5).initialization());
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
        Mlp mlp = new Mlp(inputs, hidden, 1e-3, Activation.IDENTITY, new LossMSE(),
                RandomStreams.fromSeed(3).initialization());
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
     * {@code MultiLayerNetwork.getUpdater()} for every step: step 2 was then 0.744 α instead of ≈ α); with
     * {@code fit} the network's {@code Solver} keeps the updater.
     */
    @Test
    void adamStepMatchesPyTorchSemantics() {
        double learningRate = 1e-3;
        RandomStreams streams = RandomStreams.fromSeed(17);
        Mlp mlp = new Mlp(3, 16, learningRate, Activation.IDENTITY, new LossMSE(), streams.initialization());
        int rows = 20;
        double[] x = observations(rows, 3, streams.environment());
        double[] target = observations(rows, 1, streams.environment());
        Adam reference = new Adam(AdamSettings.withLearningRate(learningRate), mlp.numParams());
        double[] expected = mlp.parameters();
        double[] gradient = new double[mlp.numParams()];
        for (int step = 0; step < 3; step++) {
            mlp.gradient(x, rows, target, 1, gradient);
            reference.step(expected, gradient);
            mlp.fit(x, rows, target, 1);
            double[] actual = mlp.parameters();
            for (int k = 0; k < actual.length; k++) {
                assertEquals(expected[k], actual[k], 1e-12, "step " + step + ", θ[" + k + "]");
            }
        }
    }
}
