package io.lrpg.nn;

import io.lrpg.core.network.NetworkSettings;
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
     * <p>When the actor and critic learning rates are equal (all of the paper's settings) the two networks
     * are held by one block-diagonal DL4J network, {@link FusedActorCritic}, that takes both steps in one
     * {@code fit}; otherwise each is an {@link Mlp} of its own. The two forms compute the same updates (to
     * rounding, tested) from the same draws.
     *
     * @param settings       shape, learning rates and mean transform
     * @param initialization the run's initialization stream ({@code RandomStreams.initialization()})
     */
    public static NeuralBaseline create(NetworkSettings settings, RandomGenerator initialization) {
        return settings.actorLearningRate() == settings.criticLearningRate()
                ? fused(settings, initialization)
                : separate(settings, initialization);
    }

    /** Two {@link Mlp}s (any learning rates). */
    static NeuralBaseline separate(NetworkSettings settings, RandomGenerator initialization) {
        Mlp mean = new Mlp(settings.inputs(), settings.hidden(), settings.actorLearningRate(),
                outputActivation(settings.meanTransform()), new GaussianPolicyLoss(), initialization);
        Mlp value = new Mlp(settings.inputs(), settings.hidden(), settings.criticLearningRate(), Activation.IDENTITY,
                new LossMSE(), initialization);
        return new NeuralBaseline(new NeuralGaussianPolicy(mean, settings.meanTransform(), settings.actionBounds(),
                settings.actorLearningRate()), new NeuralValueFunction(value));
    }

    /** One {@link FusedActorCritic} (equal learning rates). */
    static NeuralBaseline fused(NetworkSettings settings, RandomGenerator initialization) {
        if (settings.actorLearningRate() != settings.criticLearningRate()) {
            throw new IllegalArgumentException("a fused network needs equal learning rates, were "
                    + settings.actorLearningRate() + " and " + settings.criticLearningRate());
        }
        FusedActorCritic networks = new FusedActorCritic(settings.inputs(), settings.hidden(),
                settings.actorLearningRate(), settings.meanTransform(), initialization);
        return new NeuralBaseline(new NeuralGaussianPolicy(networks.actor(), settings.meanTransform(),
                settings.actionBounds(), settings.actorLearningRate()), new NeuralValueFunction(networks.critic()));
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
