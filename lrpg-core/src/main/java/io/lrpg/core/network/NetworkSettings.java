package io.lrpg.core.network;

import io.lrpg.core.policy.ActionBounds;
import io.lrpg.core.policy.MeanTransform;

/**
 * The shape and learning rates of the neural baseline (docs/paper.md §2.1): two separate networks
 * <pre>
 *   Linear(inputs, hidden) – ReLU – Linear(hidden, 1)
 * </pre>
 * one for the Gaussian mean (through {@link #meanTransform()}) and one for the state value, each with its
 * own Adam. The actor's scalar log σ is trained at {@link #actorLearningRate()}.
 *
 * @param inputs             D, the observation length, {@code > 0}
 * @param hidden             H, the width of the hidden ReLU layer, {@code > 0}
 * @param actorLearningRate  Adam's α for the mean network and log σ, finite and {@code > 0}
 * @param criticLearningRate Adam's α for the value network, finite and {@code > 0}
 * @param meanTransform      how the mean network's output z becomes μ = f(z) (the same enum as the
 *                           low-rank model's)
 * @param actionBounds       the policy-side clamp of samples (the same record as the low-rank model's);
 *                           the clamped action is returned, stored and scored
 *
 * <p>The paper's three shapes are in {@code io.lrpg.envs.presets.PaperPresets}, the one place
 * that holds the paper's settings.
 */
public record NetworkSettings(int inputs, int hidden, double actorLearningRate, double criticLearningRate,
        MeanTransform meanTransform, ActionBounds actionBounds) {

    public NetworkSettings {
        if (inputs <= 0 || hidden <= 0) {
            throw new IllegalArgumentException("inputs and hidden must be > 0, were " + inputs + " and " + hidden);
        }
        if (!(actorLearningRate > 0.0 && actorLearningRate < Double.POSITIVE_INFINITY)) { // also rejects NaN
            throw new IllegalArgumentException("actorLearningRate must be finite and > 0, was " + actorLearningRate);
        }
        if (!(criticLearningRate > 0.0 && criticLearningRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "criticLearningRate must be finite and > 0, was " + criticLearningRate);
        }
        if (meanTransform == null || actionBounds == null) {
            throw new IllegalArgumentException("meanTransform and actionBounds must not be null");
        }
    }


    /** The parameters of one network: (D + 1)·H + H + 1. */
    public int parametersPerNetwork() {
        return (inputs + 1) * hidden + hidden + 1;
    }
}
