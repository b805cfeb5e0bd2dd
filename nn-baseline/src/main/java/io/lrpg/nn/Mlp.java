package io.lrpg.nn;

import java.util.random.RandomGenerator;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A one-hidden-layer perceptron f(z(s)), z(s) = w₂ · relu(W₁ s + b₁) + b₂, as a network of its own: a
 * {@link Dl4jNetwork} with one output (an {@code OutputLayer} with activation f and a loss, DL4J Adam with
 * PyTorch's ε), plus a {@link ReluWeights} snapshot for allocation-free forward passes between updates.
 * The baseline uses it when the actor and the critic learn at different rates; otherwise the two share one
 * DL4J network ({@link FusedActorCritic}).
 *
 * <p><b>Parameter layout.</b> θ is DL4J's parameter vector, which coincides with the order of PyTorch's
 * {@code parameters()} for {@code Linear(D,H) – ReLU – Linear(H,1)}:
 * <pre>
 *   θ[j·D + i]          = W₁[j, i]   (hidden unit j, input i; DL4J stores W as [D, H] in 'f' order)
 *   θ[D·H + j]          = b₁[j]
 *   θ[D·H + H + j]      = w₂[j]
 *   θ[D·H + 2H]         = b₂
 * </pre>
 *
 * <p><b>Initialization</b> (PyTorch's default for {@code nn.Linear}, {@link #initialParameters}): every entry
 * of layer ℓ is drawn U(−1/√fan_in, +1/√fan_in) with fan_in = D for layer 1 and H for layer 2, with
 * {@code random.nextDouble(-bound, bound)}, in the order of θ above. DL4J's own initializer is set to zeros,
 * so no draw is taken from {@code Nd4j.getRandom()}. Not thread-safe.
 */
final class Mlp implements Head {

    private final Dl4jNetwork network;
    private final ReluWeights snapshot;
    private final double[] theta;

    /**
     * A network trained by DL4J Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8 with PyTorch semantics).
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
        this(inputs, hidden, Dl4jNetwork.adam(learningRate), outputActivation, loss, initialization);
    }

    /** As above with any DL4J updater (tests use {@link org.nd4j.linalg.learning.config.Sgd}). */
    Mlp(int inputs, int hidden, IUpdater updater, Activation outputActivation, ILossFunction loss,
            RandomGenerator initialization) {
        network = new Dl4jNetwork(inputs, hidden, 1, updater, outputActivation, loss);
        snapshot = new ReluWeights(inputs, hidden);
        theta = new double[network.numParams()];
        setParameters(initialParameters(inputs, hidden, initialization));
    }

    /** PyTorch's default initialization of one network, drawn in the order of θ (class comment). */
    static double[] initialParameters(int inputs, int hidden, RandomGenerator initialization) {
        double[] theta = new double[ReluWeights.parameterCount(inputs, hidden)];
        double bound1 = 1.0 / Math.sqrt(inputs);
        double bound2 = 1.0 / Math.sqrt(hidden);
        int layer2 = inputs * hidden + hidden;
        for (int k = 0; k < theta.length; k++) {
            double bound = k < layer2 ? bound1 : bound2;
            theta[k] = initialization.nextDouble(-bound, bound);
        }
        return theta;
    }

    /** The DL4J configuration of a one-output network (tests check its JSON form). */
    static MultiLayerConfiguration configuration(int inputs, int hidden, IUpdater updater,
            Activation outputActivation, ILossFunction loss) {
        return Dl4jNetwork.configuration(inputs, hidden, 1, updater, outputActivation, loss);
    }

    @Override
    public int numParams() {
        return theta.length;
    }

    @Override
    public int inputs() {
        return snapshot.inputs();
    }

    @Override
    public double output(double[] observations, int row) {
        return snapshot.output(observations, row);
    }

    @Override
    public void networkOutputs(double[] observations, int rows, double[] out) {
        network.outputs(observations, rows, out);
    }

    @Override
    public double[] parameters() {
        return theta.clone();
    }

    @Override
    public void setParameters(double[] newTheta) {
        network.writeParameters(newTheta);
        refreshSnapshot();
    }

    /** One {@link Dl4jNetwork#fit}, then a snapshot refresh. */
    @Override
    public void fit(double[] observations, int rows, double[] labels, int columns) {
        network.fit(observations, rows, labels, columns);
        refreshSnapshot();
    }

    @Override
    public double gradient(double[] observations, int rows, double[] labels, int columns, double[] gradient) {
        return network.gradient(observations, rows, labels, columns, gradient);
    }

    private void refreshSnapshot() {
        network.readParameters(theta);
        snapshot.load(theta);
    }
}
