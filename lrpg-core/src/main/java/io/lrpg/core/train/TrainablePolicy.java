package io.lrpg.core.train;

import java.util.random.RandomGenerator;

/**
 * A stochastic policy π_θ(a | s) over a scalar action that the {@link PolicyGradientTrainer} can act with
 * and improve. Implementations: the low-rank Gaussian policy (this module) and the DL4J network
 * ({@code nn-baseline}).
 *
 * <p><b>Step keys.</b> A policy that looks its parameters up by a discretized state (a grid cell, a tuple of
 * per-mode indices) needs that key for every action anyway; it may keep it in the episode's
 * {@link EpisodeBuffer#keys()} through {@link #sampleAction(double[], RandomGenerator, StepKeys)}, so that its
 * {@link #update} (and a critic of the same key space) reads the keys back instead of computing them again;
 * the update computes them from the observations when they are absent (contract in {@link StepKeys}). A
 * policy without keys implements only {@link #sampleAction(double[], RandomGenerator)}.
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
     * Draws a ~ π_θ(· | s) for the next step of an episode being collected (the step the trainer appends
     * next) and, for a policy with step keys, writes that step's key into {@code keys}. It draws exactly
     * what {@link #sampleAction(double[], RandomGenerator)} draws, from the same stream; the default is that
     * method and writes no key.
     *
     * @param observation (input) s_t; not modified or kept
     * @param noise       the run's action-noise stream
     * @param keys        (output) the episode's {@link EpisodeBuffer#keys()}
     * @return a_t, as {@link #sampleAction(double[], RandomGenerator)} returns it
     */
    default double sampleAction(double[] observation, RandomGenerator noise, StepKeys keys) {
        return sampleAction(observation, noise);
    }

    /**
     * Takes one optimizer step on the REINFORCE loss of the episode
     * <pre>
     *   ℒ(θ) = (1/B) Σ_t −A_t · log π_θ(a_t | s_t)
     * </pre>
     * with the advantages A_t held constant.
     *
     * @param episode    (input) the transitions, with a_t as returned by {@link #sampleAction}, and the
     *                   step keys if they were written
     * @param advantages (input) A_t for t &lt; B; not modified
     */
    void update(EpisodeBuffer episode, double[] advantages);

    /** The number of trainable parameters, including log σ. */
    int parameterCount();
}
