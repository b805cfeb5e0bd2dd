package io.lrpg.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A one-hidden-layer perceptron f(z(s)), z(s) = w₂ · relu(W₁ s + b₁) + b₂, held by a DL4J
 * {@link MultiLayerNetwork} (float64: a {@code DenseLayer} with ReLU, then an {@code OutputLayer} with one
 * output, activation f and a loss function, DL4J Adam), plus a plain-Java read-only copy of its weights for
 * allocation-free forward passes between updates.
 *
 * <p><b>Parameter layout.</b> The flat vector θ is DL4J's parameter vector, which coincides with the
 * order of PyTorch's {@code parameters()} for {@code Linear(D,H) – ReLU – Linear(H,1)}:
 * <pre>
 *   θ[j·D + i]          = W₁[j, i]   (hidden unit j, input i; DL4J stores W as [D, H] in 'f' order)
 *   θ[D·H + j]          = b₁[j]
 *   θ[D·H + H + j]      = w₂[j]
 *   θ[D·H + 2H]         = b₂
 * </pre>
 * (An {@code OutputLayer} has the same W and b as a {@code DenseLayer}.)
 *
 * <p><b>Initialization</b> (PyTorch's default for {@code nn.Linear}): every entry of layer ℓ is drawn
 * U(−1/√fan_in, +1/√fan_in) with fan_in = D for layer 1 and H for layer 2, with
 * {@code random.nextDouble(-bound, bound)}, in the order of θ above (W₁ row by row, b₁, w₂, b₂). DL4J's
 * own initializer is set to zeros, so no draw is taken from {@code Nd4j.getRandom()}.
 *
 * <p><b>Update.</b> One call of {@link #fit} is one {@code MultiLayerNetwork.fit(features, labels)} on the
 * whole batch (the episode), DL4J's standard training path: forward, the loss's per-example gradient
 * ∂ℓ_t/∂z_t, backward, division of the summed gradient by the batch size B ({@code miniBatch = true}), Adam,
 * θ ← θ − update; then one refresh of the snapshot. The loss is the output layer's
 * {@link org.nd4j.linalg.lossfunctions.ILossFunction} (DL4J's {@code LossMSE} for the critic,
 * {@link GaussianPolicyLoss} for the actor), so the step is one on the mean loss (1/B) Σ_t ℓ_t. Training
 * and inference run with {@link WorkspaceMode#ENABLED}: DL4J allocates the activations, gradients and
 * working memory of a step from its workspace arenas, which it reuses from one step to the next, instead of
 * one native buffer per operation freed only when the garbage collector collects its Java wrapper (the
 * previous external-gradient path, {@code feedForward} + {@code backpropGradient} without workspaces,
 * crashed libnd4j under frequent collections). Only the input and label matrices of each fit and the
 * snapshot copy are ordinary arrays.
 *
 * <p><b>Adam and ε.</b> DL4J's Adam (libnd4j {@code adamUpdater}) computes, at step t,
 * <pre>
 *   θ ← θ − α √(1−β₂ᵗ)/(1−β₁ᵗ) · m / (√v + ε_DL4J)
 * </pre>
 * whereas {@code torch.optim.Adam} computes θ ← θ − α/(1−β₁ᵗ) · m / (√v/√(1−β₂ᵗ) + ε). The two agree
 * exactly when ε_DL4J = ε·√(1−β₂ᵗ), so before every fit the ε of the Adam configurations the updater reads
 * is set to that value (ε = 1e-8, t = the network's iteration count + 1). Without this, DL4J's ε acts like
 * a PyTorch ε of 1e-8/√(1−β₂ᵗ) (3.2e-7 at t = 1, 1.0e-8 for t ≫ 1/(1−β₂) = 1000). The Adam moments live
 * in the updater of the network's {@code Solver}, created by the first fit and kept by the following
 * ones; {@code MultiLayerNetwork.clear()} would drop it, so this class never calls it. {@code MlpTest}
 * checks three steps against the core {@code Adam}. Not thread-safe.
 */
final class Mlp {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final int inputs;
    private final int hidden;
    private final MultiLayerNetwork network;
    private final double[] snapshot;
    private final List<Adam> adams;

    /**
     * A network trained by DL4J Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8 with PyTorch semantics, class comment).
     *
     * @param inputs           D
     * @param hidden           H
     * @param learningRate     Adam's α
     * @param outputActivation f, the output layer's activation (identity or sigmoid)
     * @param loss             the output layer's loss, per example and not divided by the batch size
     * @param initialization   the stream the initial weights are drawn from
     */
    Mlp(int inputs, int hidden, double learningRate, Activation outputActivation, ILossFunction loss,
            RandomGenerator initialization) {
        this(inputs, hidden, new Adam(learningRate, BETA1, BETA2, EPSILON), outputActivation, loss, initialization);
    }

    /** As above with any DL4J updater (tests use {@link org.nd4j.linalg.learning.config.Sgd}). */
    Mlp(int inputs, int hidden, IUpdater updater, Activation outputActivation, ILossFunction loss,
            RandomGenerator initialization) {
        NativeThreads.useOne();
        this.inputs = inputs;
        this.hidden = hidden;
        network = new MultiLayerNetwork(configuration(inputs, hidden, updater, outputActivation, loss));
        network.init();
        adams = adamConfigurations(network);
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

    /**
     * Linear(D,H) – ReLU – Linear(H,1) – f in float64, trained through workspaces (class comment). DL4J's
     * initializer is set to zeros (the constructor overwrites θ from the injected stream), and
     * {@code miniBatch} is left at its default true: the updater divides the summed gradient by B.
     */
    static MultiLayerConfiguration configuration(int inputs, int hidden, IUpdater updater,
            Activation outputActivation, ILossFunction loss) {
        return new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .weightInit(WeightInit.ZERO) // overwritten from the injected stream
                .biasInit(0.0)
                .updater(updater)
                .miniBatch(true)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(hidden).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(loss).nIn(hidden).nOut(1).activation(outputActivation).build())
                .build();
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
     * The output layer's pre-activation z(s) from the snapshot; allocates nothing:
     * <pre>
     *   z = b₂ + Σ_j w₂[j] · max(0, b₁[j] + Σ_i W₁[j, i] s_i)
     * </pre>
     * The network's output is f(z); the caller applies f.
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

    /**
     * The network's output f(z(s_t)) for every t &lt; rows computed by DL4J in one call (the reference for
     * the snapshot).
     */
    void networkOutputs(double[] observations, int rows, double[] out) {
        INDArray z = network.output(matrix(observations, rows, inputs), false);
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
     * One training step: {@code network.fit(features, labels)} on the whole batch (forward, loss gradient,
     * backward, division by B, Adam, θ update, all inside DL4J's workspaces), then a snapshot refresh.
     *
     * @param observations (input) B × D row-major
     * @param rows         B &gt; 0
     * @param labels       (input) B × {@code columns} row-major, what the loss expects per example
     * @param columns      label columns
     */
    void fit(double[] observations, int rows, double[] labels, int columns) {
        if (rows <= 0) {
            throw new IllegalArgumentException("need at least one row, was " + rows);
        }
        // ε_DL4J = ε √(1 − β₂ᵗ) turns DL4J's Adam into PyTorch's (class comment); t = iteration count + 1
        double epsilon = EPSILON * Math.sqrt(1.0 - Math.pow(BETA2, network.getIterationCount() + 1));
        for (Adam adam : adams) {
            adam.setEpsilon(epsilon);
        }
        network.fit(matrix(observations, rows, inputs), matrix(labels, rows, columns));
        refreshSnapshot();
    }

    /**
     * ∂ℒ/∂θ for the mean loss ℒ = (1/B) Σ_t ℓ_t, as {@link #fit} hands it to the updater: DL4J's
     * {@code computeGradientAndScore} on the same features and labels (the summed per-example gradient),
     * divided by B as the updater does. Changes neither θ nor the Adam state.
     *
     * @param gradient (output) ∂ℒ/∂θ, of length {@link #numParams()}
     */
    void gradient(double[] observations, int rows, double[] labels, int columns, double[] gradient) {
        network.setInput(matrix(observations, rows, inputs));
        network.setLabels(matrix(labels, rows, columns));
        network.computeGradientAndScore();
        INDArray g = network.gradient().gradient().dup().divi(rows);
        double[] flat = g.toDoubleVector();
        System.arraycopy(flat, 0, gradient, 0, flat.length);
        // no network.clear(): in DL4J 1.0.0-M2.1 it also drops the Solver, and with it the updater's Adam
        // moments; the input and labels left behind are replaced by the next fit
    }

    /** The number of updates taken (t of the last Adam step). */
    int iterations() {
        return network.getIterationCount();
    }

    /** The distinct Adam configurations the network's updater reads its constants from (none for Sgd). */
    private static List<Adam> adamConfigurations(MultiLayerNetwork network) {
        Set<IUpdater> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Adam> result = new ArrayList<>();
        for (var layer : network.getLayers()) {
            BaseLayer configuration = (BaseLayer) layer.conf().getLayer();
            for (String parameter : List.of("W", "b")) {
                IUpdater updater = configuration.getUpdaterByParam(parameter);
                if (updater instanceof Adam adam && seen.add(adam)) {
                    result.add(adam);
                }
            }
        }
        return List.copyOf(result);
    }

    private static INDArray matrix(double[] values, int rows, int columns) {
        return Nd4j.create(Arrays.copyOf(values, rows * columns), new long[] {rows, columns}, 'c');
    }

    private void refreshSnapshot() {
        double[] theta = network.params().toDoubleVector();
        System.arraycopy(theta, 0, snapshot, 0, snapshot.length);
    }
}
