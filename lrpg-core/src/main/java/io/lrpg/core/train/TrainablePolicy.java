package io.lrpg.core.train;

import java.util.random.RandomGenerator;

/**
 * A stochastic policy π_θ(a | s) over a scalar action that the {@link PolicyGradientTrainer} can act with
 * and improve. Implementations: the low-rank Gaussian policy (this module) and the DL4J network
 * ({@code nn-baseline}).
 */
public interface TrainablePolicy {

    /**
     * Draws a ~ π_θ(· | s).
     *
     * @param observation (input) s; not modified or kept
     * @param noise       the run's action-noise stream
     * @return the action as it is stored and scored by {@link #update}: for a bounded policy the clamped
     *         sample, otherwise the raw sample (the environment clips it)
     */
    double sampleAction(double[] observation, RandomGenerator noise);

    /**
     * Takes one optimizer step on the REINFORCE loss of the episode
     * <pre>
     *   ℒ(θ) = (1/B) Σ_t −A_t · log π_θ(a_t | s_t)
     * </pre>
     * with the advantages A_t held constant.
     *
     * @param episode    (input) the transitions, with a_t as returned by {@link #sampleAction}
     * @param advantages (input) A_t for t &lt; B; not modified
     */
    void update(EpisodeBuffer episode, double[] advantages);

    /** The number of trainable parameters, including log σ. */
    int parameterCount();
}
