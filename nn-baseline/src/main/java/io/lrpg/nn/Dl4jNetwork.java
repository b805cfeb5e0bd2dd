package io.lrpg.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A DL4J {@link MultiLayerNetwork} Linear(D,H) – ReLU – Linear(H,K) – f in float64 with a loss on its output
 * layer, trained by DL4J's standard path, and read and written as one flat parameter vector θ (DL4J's order:
 * W₁ as [D, H] in 'f' order, so θ[j·D + i] = W₁[j, i]; then b₁; then W₂ as [H, K] in 'f' order, so
 * θ[D·H + H + c·H + j] = W₂[j, c]; then b₂).
 *
 * <p><b>Update.</b> {@link #fit} is one {@code MultiLayerNetwork.fit(features, labels)} on the whole batch
 * (the episode): forward, the loss's per-example gradient, backward, division of the summed gradient by the
 * batch size B ({@code miniBatch = true}), Adam, θ ← θ − update. Training and inference run with
 * {@link WorkspaceMode#ENABLED}: DL4J allocates a step's activations, gradients and working memory from
 * workspace arenas it reuses from step to step (the earlier external-gradient path without workspaces crashed
 * libnd4j under frequent collections).
 *
 * <p><b>Adam and ε.</b> DL4J's Adam (libnd4j {@code adamUpdater}) computes, at step t,
 * <pre>
 *   θ ← θ − α √(1−β₂ᵗ)/(1−β₁ᵗ) · m / (√v + ε_DL4J)
 * </pre>
 * whereas {@code torch.optim.Adam} computes θ ← θ − α/(1−β₁ᵗ) · m / (√v/√(1−β₂ᵗ) + ε). The two agree
 * exactly when ε_DL4J = ε·√(1−β₂ᵗ), so before every fit the ε of the Adam configurations the updater reads
 * is set to that value (ε = 1e-8, t = the iteration count + 1). The moments live in the updater of the
 * network's {@code Solver}, created by the first fit and kept by the following ones;
 * {@code MultiLayerNetwork.clear()} would drop it (DL4J 1.0.0-M2.1), so this class never calls it.
 *
 * <p>θ is read and written through the network's flat parameter buffer with plain indexed access (no ND4J
 * operation). Not thread-safe.
 */
final class Dl4jNetwork {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final int inputs;
    private final int outputs;
    private final MultiLayerNetwork network;
    private final List<Adam> adams;
    private final DataBuffer parameterBuffer;
    private final long parameterOffset;
    private final int parameterCount;

    /**
     * @param inputs           D
     * @param hidden           H
     * @param outputs          K
     * @param updater          DL4J's updater ({@link #adam} for training, {@code Sgd} in tests)
     * @param outputActivation f
     * @param loss             the output layer's loss, per example, not divided by B
     */
    Dl4jNetwork(int inputs, int hidden, int outputs, IUpdater updater, Activation outputActivation,
            ILossFunction loss) {
        NativeThreads.useOne();
        this.inputs = inputs;
        this.outputs = outputs;
        network = new MultiLayerNetwork(configuration(inputs, hidden, outputs, updater, outputActivation, loss));
        network.init();
        adams = adamConfigurations(network);
        INDArray params = network.params();
        if (!params.isVector() || params.elementWiseStride() != 1) {
            throw new IllegalStateException("DL4J's parameters are not one contiguous vector");
        }
        parameterBuffer = params.data();
        parameterOffset = params.offset();
        parameterCount = (int) params.length();
    }

    /** DL4J Adam with α and PyTorch's β₁, β₂, ε (ε then corrected per step, class comment). */
    static Adam adam(double learningRate) {
        return new Adam(learningRate, BETA1, BETA2, EPSILON);
    }

    /**
     * Linear(D,H) – ReLU – Linear(H,K) – f in float64 with workspaces. DL4J's initializer is set to zeros
     * (the owners write θ from the run's stream), and {@code miniBatch} is left at its default true: the
     * updater divides the summed gradient by B.
     */
    static MultiLayerConfiguration configuration(int inputs, int hidden, int outputs, IUpdater updater,
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
                .layer(new OutputLayer.Builder(loss).nIn(hidden).nOut(outputs).activation(outputActivation).build())
                .build();
    }

    /** The length of θ. */
    int numParams() {
        return parameterCount;
    }

    /** θ[k] ← value, in place (no Adam step, no ND4J operation). */
    void setParameter(int k, double value) {
        parameterBuffer.put(parameterOffset + k, value);
    }

    /** Copies θ into {@code out} (output, at least {@link #numParams()} long). */
    void readParameters(double[] out) {
        for (int k = 0; k < parameterCount; k++) {
            out[k] = parameterBuffer.getDouble(parameterOffset + k);
        }
    }

    /** Overwrites θ; keeps the Adam state. */
    void writeParameters(double[] theta) {
        if (theta.length != parameterCount) {
            throw new IllegalArgumentException("expected " + parameterCount + " parameters, was " + theta.length);
        }
        for (int k = 0; k < parameterCount; k++) {
            parameterBuffer.put(parameterOffset + k, theta[k]);
        }
    }

    /**
     * One training step, {@code network.fit(features, labels)}, with ε corrected to PyTorch's (class comment).
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
        double epsilon = EPSILON * Math.sqrt(1.0 - Math.pow(BETA2, network.getIterationCount() + 1));
        for (Adam adam : adams) {
            adam.setEpsilon(epsilon);
        }
        network.fit(matrix(observations, rows, inputs), matrix(labels, rows, columns));
    }

    /**
     * ∂ℒ/∂θ for the mean loss ℒ = (1/B) Σ_t ℓ_t as {@link #fit} hands it to the updater: DL4J's
     * {@code computeGradientAndScore} (the summed per-example gradient) divided by B. Changes neither θ nor
     * the Adam state (for tests).
     *
     * @return ℒ as DL4J scores it in the same call ({@code MultiLayerNetwork.score()}, the loss's
     *         {@code computeScore} of the whole batch; no regularization is configured)
     */
    double gradient(double[] observations, int rows, double[] labels, int columns, double[] gradient) {
        network.setInput(matrix(observations, rows, inputs));
        network.setLabels(matrix(labels, rows, columns));
        network.computeGradientAndScore();
        INDArray g = network.gradient().gradient().dup().divi(rows);
        double[] flat = g.toDoubleVector();
        System.arraycopy(flat, 0, gradient, 0, flat.length);
        // no network.clear() (class comment); the next fit replaces the input and labels left behind
        return network.score();
    }

    /** DL4J's output f(z) for every row, row-major B × K into {@code out}. */
    void outputs(double[] observations, int rows, double[] out) {
        INDArray y = network.output(matrix(observations, rows, inputs), false);
        for (int t = 0; t < rows; t++) {
            for (int c = 0; c < outputs; c++) {
                out[t * outputs + c] = y.getDouble(t, c);
            }
        }
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
}
