package io.lrpg.nn;

import io.lrpg.core.policy.MeanTransform;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * The actor and critic of the neural baseline, built together from one initialization stream.
 *
 * @param actor  the Gaussian policy with an MLP mean
 * @param critic the MLP state-value function
 */
public record NeuralBaseline(NeuralGaussianPolicy actor, NeuralValueFunction critic) {

    public NeuralBaseline {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(critic, "critic");
    }

    /**
     * Builds fresh networks. Draw order from {@code initialization}: all actor-network parameters, then
     * all critic-network parameters, each in {@link Mlp}'s layout (W₁ row by row, b₁, w₂, b₂), each entry
     * U(−1/√fan_in, +1/√fan_in). log σ starts at {@link NeuralGaussianPolicy#INITIAL_LOG_STD} (no draw).
     * Also pins ND4J to one native thread (see the README), which makes runs bit-reproducible.
     *
     * @param settings       shape, learning rates and mean transform
     * @param initialization the run's initialization stream ({@code RandomStreams.initialization()})
     */
    public static NeuralBaseline create(NetworkSettings settings, RandomGenerator initialization) {
        Mlp mean = new Mlp(settings.inputs(), settings.hidden(), settings.actorLearningRate(),
                outputActivation(settings.meanTransform()), new GaussianPolicyLoss(), initialization);
        Mlp value = new Mlp(settings.inputs(), settings.hidden(), settings.criticLearningRate(), Activation.IDENTITY,
                new LossMSE(), initialization);
        return new NeuralBaseline(new NeuralGaussianPolicy(mean, settings.meanTransform(), settings.actionBounds(),
                settings.actorLearningRate()), new NeuralValueFunction(value));
    }

    /** The output layer's activation that computes μ = f(z). */
    static Activation outputActivation(MeanTransform transform) {
        return switch (transform) {
            case IDENTITY -> Activation.IDENTITY;
            case SIGMOID -> Activation.SIGMOID;
        };
    }

    /** Parameters of both networks, log σ excluded (4098 / 386 / 1282 for the paper's shapes). */
    public int numParams() {
        return actor.numParams() + critic.numParams();
    }
}
