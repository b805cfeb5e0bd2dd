package io.lrpg.nn;

/**
 * The shape and learning rates of the neural baseline (digest §2.1): two separate networks
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
 * @param meanTransform      how the mean network's output becomes μ and how samples are bounded
 */
public record NetworkSettings(int inputs, int hidden, double actorLearningRate, double criticLearningRate,
        MeanTransform meanTransform) {

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
        if (meanTransform == null) {
            throw new IllegalArgumentException("meanTransform must not be null");
        }
    }

    /** Pendulum: 2 → 512 → 1, α = 1e-3 / 1e-3, unbounded mean (4098 network parameters in total). */
    public static NetworkSettings pendulum() {
        return new NetworkSettings(2, 512, 1e-3, 1e-3, MeanTransform.IDENTITY);
    }

    /** Acrobot: 4 → 32 → 1, α = 1e-3 / 1e-3, unbounded mean (386 network parameters in total). */
    public static NetworkSettings acrobot() {
        return new NetworkSettings(4, 32, 1e-3, 1e-3, MeanTransform.IDENTITY);
    }

    /** Goddard rocket: 3 → 128 → 1, α = 1e-2 / 1e-2, sigmoid mean and clamped throttle (1282 in total). */
    public static NetworkSettings goddard() {
        return new NetworkSettings(3, 128, 1e-2, 1e-2, MeanTransform.SIGMOID_CLAMPED);
    }

    /** The parameters of one network: (D + 1)·H + H + 1. */
    public int parametersPerNetwork() {
        return (inputs + 1) * hidden + hidden + 1;
    }
}
