package io.lrpg.nn;

import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.TrainableValueFunction;

/**
 * The neural baseline's state-value function V(s) = z(s), an MLP (a {@link Head}: a network of its own
 * with an identity output layer and DL4J's {@code LossMSE}, or the value half of a {@link FusedActorCritic}),
 * fitted by one DL4J Adam step per episode on the mean squared error
 * <pre>
 *   ℒ = (1/B) Σ_t (V(s_t) − G_t)²,   ∂ℒ/∂V_t = 2 (V_t − G_t) / B.
 * </pre>
 * {@code LossMSE} (one output column) gives the per-example gradient 2 (V_t − G_t); the updater divides
 * the sum by B ({@code miniBatch}), which is the gradient of torch's {@code MSELoss} (mean reduction).
 * {@link #value} and {@link #values} read the plain-Java weight snapshot (no DL4J call, no allocation).
 * Not thread-safe.
 */
public final class NeuralValueFunction implements TrainableValueFunction {

    private final Head network;

    NeuralValueFunction(Head network) {
        this.network = network;
    }

    @Override
    public double value(double[] observation) {
        if (observation.length != network.inputs()) {
            throw new IllegalArgumentException(
                    "expected an observation of length " + network.inputs() + ", was " + observation.length);
        }
        return network.output(observation, 0);
    }

    @Override
    public void values(EpisodeBuffer episode, double[] out) {
        network.outputs(episode.observations(), episode.length(), out);
    }

    @Override
    public void update(EpisodeBuffer episode, double[] returns) {
        network.fit(episode.observations(), episode.length(), returns, 1);
    }

    /** The network's parameters, (D + 1)·H + H + 1. */
    public int numParams() {
        return network.numParams();
    }

    @Override
    public int parameterCount() {
        return network.numParams();
    }

    /**
     * ∂ℒ/∂θ as {@link #update} feeds it to the updater (for tests), in {@link Mlp}'s layout.
     *
     * @return ℒ = (1/B) Σ_t (V(s_t) − G_t)² as DL4J scores it
     */
    double gradient(EpisodeBuffer episode, double[] returns, double[] gradient) {
        return network.gradient(episode.observations(), episode.length(), returns, 1, gradient);
    }

    /**
     * A copy of θ in {@link Mlp}'s layout (θ[j·D + i] = W₁[j, i], then b₁, w₂, b₂); for checkpoints and analyses.
     */
    public double[] parameters() {
        return network.parameters();
    }

    /** The network (for tests). */
    Head network() {
        return network;
    }
}
