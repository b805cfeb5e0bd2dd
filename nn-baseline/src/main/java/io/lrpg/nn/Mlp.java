package io.lrpg.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * A one-hidden-layer perceptron z(s) = w₂ · relu(W₁ s + b₁) + b₂ held by a DL4J
 * {@link MultiLayerNetwork} (float64, identity output, DL4J Adam), plus a plain-Java read-only copy of its
 * weights for allocation-free forward passes between updates.
 *
 * <p><b>Parameter layout.</b> The flat vector θ is DL4J's parameter vector, which coincides with the
 * order of PyTorch's {@code parameters()} for {@code Linear(D,H) – ReLU – Linear(H,1)}:
 * <pre>
 *   θ[j·D + i]          = W₁[j, i]   (hidden unit j, input i; DL4J stores W as [D, H] in 'f' order)
 *   θ[D·H + j]          = b₁[j]
 *   θ[D·H + H + j]      = w₂[j]
 *   θ[D·H + 2H]         = b₂
 * </pre>
 *
 * <p><b>Initialization</b> (PyTorch's default for {@code nn.Linear}): every entry of layer ℓ is drawn
 * U(−1/√fan_in, +1/√fan_in) with fan_in = D for layer 1 and H for layer 2, with
 * {@code random.nextDouble(-bound, bound)}, in the order of θ above (W₁ row by row, b₁, w₂, b₂). DL4J's
 * own initializer is set to zeros, so no draw is taken from {@code Nd4j.getRandom()}.
 *
 * <p><b>Update.</b> One call of {@link #step} is one DL4J forward pass over the whole batch, one backward
 * pass with the externally supplied ∂ℒ/∂z, one Adam step and one refresh of the snapshot. Training runs
 * with DL4J workspaces enabled, so backprop's working memory is reused; the arrays that leave the
 * workspaces (input, activations, ∂ℒ/∂z) are freed only when the garbage collector collects their Java
 * wrappers, which is why the JVM wants a small young generation (README: {@code -Xmn4m}). Closing them
 * by hand ({@code INDArray.close()}) is not done: it was followed by a SIGSEGV in libnd4j.
 *
 * <p><b>Adam and ε.</b> DL4J's Adam (libnd4j {@code adamUpdater}) computes, at step t,
 * <pre>
 *   θ ← θ − α √(1−β₂ᵗ)/(1−β₁ᵗ) · m / (√v + ε_DL4J)
 * </pre>
 * whereas {@code torch.optim.Adam} computes θ ← θ − α/(1−β₁ᵗ) · m / (√v/√(1−β₂ᵗ) + ε). The two agree
 * exactly when ε_DL4J = ε·√(1−β₂ᵗ), so before every step the DL4J updater's ε is set to that value
 * (ε = 1e-8). Without this, DL4J's ε acts like a PyTorch ε of 1e-8/√(1−β₂ᵗ) (3.2e-7 at t = 1, 1.0e-8
 * for t ≫ 1/(1−β₂) = 1000). {@code MlpTest} checks the steps against the core {@code Adam}.
 * Not thread-safe.
 */
final class Mlp {

    /** Fills ∂ℒ/∂z_t for t &lt; rows from the network outputs z_t of the same forward pass. */
    @FunctionalInterface
    interface OutputGradient {
        /**
         * @param outputs  (input) z_t, t &lt; rows
         * @param rows     B
         * @param gradient (output) ∂ℒ/∂z_t, t &lt; rows
         */
        void compute(double[] outputs, int rows, double[] gradient);
    }

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final int inputs;
    private final int hidden;
    private final MultiLayerNetwork network;
    private final LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
    private final double[] snapshot;
    private final List<Adam> updaters;
    private final Updater updater;
    private double[] outputGradient = new double[256];
    private int iteration;

    /**
     * @param inputs         D
     * @param hidden         H
     * @param learningRate   DL4J Adam's α (β₁ = 0.9, β₂ = 0.999, ε = 1e-8)
     * @param initialization the stream the initial weights are drawn from
     */
    Mlp(int inputs, int hidden, double learningRate, RandomGenerator initialization) {
        NativeThreads.useOne();
        this.inputs = inputs;
        this.hidden = hidden;
        MultiLayerConfiguration configuration = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .weightInit(WeightInit.ZERO) // overwritten below from the injected stream
                .biasInit(0.0)
                .updater(new Adam(learningRate, BETA1, BETA2, EPSILON))
                // ENABLED: backprop's working memory is reused across steps instead of allocated anew;
                // activations are still detached (kept for backprop), so the external-gradient path works
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.NONE)
                .list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(hidden).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(hidden).nOut(1).activation(Activation.IDENTITY).build())
                .build();
        network = new MultiLayerNetwork(configuration);
        network.init();
        updaters = adamConfigurations(network);
        // created once and kept: without a Solver, MultiLayerNetwork.getUpdater() builds a NEW updater with
        // zeroed Adam moments on every call (DL4J 1.0.0-M2.1), which would silently reset m and v each step
        updater = network.getUpdater();
        snapshot = new double[(int) network.numParams()];
        double[] theta = new double[snapshot.length];
        double bound1 = 1.0 / Math.sqrt(inputs);
        double bound2 = 1.0 / Math.sqrt(hidden);
        int layer2 = inputs * hidden + hidden;
        for (int k = 0; k < theta.length; k++) {
            double bound = k < layer2 ? bound1 : bound2;
            theta[k] = initialization.nextDouble(-bound, bound);
        }
        setParameters(theta);
    }

    /** The number of parameters, (D + 1)·H + H + 1. */
    int numParams() {
        return snapshot.length;
    }

    /** D. */
    int inputs() {
        return inputs;
    }

    /**
     * z(s) from the snapshot; allocates nothing:
     * <pre>
     *   z = b₂ + Σ_j w₂[j] · max(0, b₁[j] + Σ_i W₁[j, i] s_i)
     * </pre>
     *
     * @param observations (input) row-major observations; not modified
     * @param row          which row of {@code observations} to evaluate
     */
    double output(double[] observations, int row) {
        int offset = row * inputs;
        int biases = inputs * hidden;
        int weights2 = biases + hidden;
        double z = snapshot[weights2 + hidden];
        for (int j = 0; j < hidden; j++) {
            double a = snapshot[biases + j];
            int w = j * inputs;
            for (int i = 0; i < inputs; i++) {
                a += snapshot[w + i] * observations[offset + i];
            }
            if (a > 0.0) {
                z += snapshot[weights2 + j] * a;
            }
        }
        return z;
    }

    /** z(s_t) for every t &lt; rows, from the snapshot, into {@code out} (output, modified). */
    void outputs(double[] observations, int rows, double[] out) {
        for (int t = 0; t < rows; t++) {
            out[t] = output(observations, t);
        }
    }

    /** z(s_t) for every t &lt; rows computed by DL4J in one call (the reference for the snapshot). */
    void networkOutputs(double[] observations, int rows, double[] out) {
        INDArray z = network.output(batch(observations, rows), false);
        for (int t = 0; t < rows; t++) {
            out[t] = z.getDouble(t, 0);
        }
    }

    /** A copy of θ (layout in the class comment). */
    double[] parameters() {
        return snapshot.clone();
    }

    /** Overwrites θ (layout in the class comment) and refreshes the snapshot; keeps the Adam state. */
    void setParameters(double[] theta) {
        if (theta.length != snapshot.length) {
            throw new IllegalArgumentException("expected " + snapshot.length + " parameters, was " + theta.length);
        }
        INDArray params = network.params();
        params.assign(Nd4j.create(theta, params.shape(), 'c'));
        refreshSnapshot();
    }

    /**
     * ∂ℒ/∂θ exactly as {@link #step} hands it to the updater.
     *
     * @param gradient (output) ∂ℒ/∂θ, of length {@link #numParams()}
     */
    void gradient(double[] observations, int rows, OutputGradient lossGradient, double[] gradient) {
        INDArray g = backpropagate(observations, rows, lossGradient).gradient();
        double[] flat = g.toDoubleVector();
        System.arraycopy(flat, 0, gradient, 0, flat.length);
        network.clear();
    }

    /**
     * One Adam step on ℒ: forward over the batch, ∂ℒ/∂z from {@code lossGradient}, backward, DL4J Adam
     * (which transforms the gradient into the update in place), θ ← θ − update, snapshot refresh.
     */
    void step(double[] observations, int rows, OutputGradient lossGradient) {
        Gradient gradient = backpropagate(observations, rows, lossGradient);
        // ε_DL4J = ε √(1 − β₂ᵗ) turns DL4J's Adam into PyTorch's (class comment); t = iteration + 1
        double epsilon = EPSILON * Math.sqrt(1.0 - Math.pow(BETA2, iteration + 1));
        for (Adam adam : updaters) {
            adam.setEpsilon(epsilon);
        }
        // batchSize 1: ℒ is already a mean, so the updater must not divide again
        updater.update(network, gradient, iteration, 0, 1, workspaces);
        iteration++;
        network.params().subi(gradient.gradient());
        network.clear();
        refreshSnapshot();
    }

    /** The number of updates taken (t of the last Adam step). */
    int iterations() {
        return iteration;
    }

    private Gradient backpropagate(double[] observations, int rows, OutputGradient lossGradient) {
        if (rows <= 0) {
            throw new IllegalArgumentException("need at least one row, was " + rows);
        }
        network.setInput(batch(observations, rows));
        List<INDArray> activations = network.feedForward(true, false);
        double[] outputs = activations.get(activations.size() - 1).toDoubleVector();
        if (outputGradient.length < rows) {
            outputGradient = new double[Math.max(rows, 2 * outputGradient.length)];
        }
        lossGradient.compute(outputs, rows, outputGradient);
        INDArray epsilon = Nd4j.create(Arrays.copyOf(outputGradient, rows), new long[] {rows, 1}, 'c');
        return network.backpropGradient(epsilon, workspaces).getFirst();
    }

    /** The distinct Adam configurations the network's updater reads its constants from. */
    private static List<Adam> adamConfigurations(MultiLayerNetwork network) {
        Set<IUpdater> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Adam> result = new ArrayList<>();
        for (var layer : network.getLayers()) {
            BaseLayer configuration = (BaseLayer) layer.conf().getLayer();
            for (String parameter : List.of("W", "b")) {
                IUpdater updater = configuration.getUpdaterByParam(parameter);
                if (!(updater instanceof Adam adam)) {
                    throw new IllegalStateException("expected DL4J Adam for " + parameter + ", was " + updater);
                }
                if (seen.add(adam)) {
                    result.add(adam);
                }
            }
        }
        return List.copyOf(result);
    }

    private INDArray batch(double[] observations, int rows) {
        return Nd4j.create(Arrays.copyOf(observations, rows * inputs), new long[] {rows, inputs}, 'c');
    }

    private void refreshSnapshot() {
        double[] theta = network.params().toDoubleVector();
        System.arraycopy(theta, 0, snapshot, 0, snapshot.length);
    }
}
