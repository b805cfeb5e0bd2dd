package io.lrpg.core.train;

/**
 * A state-value estimate V_w(s) used as the REINFORCE baseline and fitted to Monte-Carlo returns.
 * Implementations: the low-rank value function (this module) and the DL4J network ({@code nn-baseline}).
 */
public interface TrainableValueFunction {

    /** V_w(s); {@code observation} is read, not kept. */
    double value(double[] observation);

    /**
     * Writes V_w(s_t) for every t &lt; B into {@code out} (output, modified). Batched so that models with a
     * per-call overhead can answer in one call.
     */
    void values(EpisodeBuffer episode, double[] out);

    /**
     * Takes one optimizer step on the mean squared error
     * <pre>
     *   ℒ(w) = (1/B) Σ_t (V_w(s_t) − G_t)²
     * </pre>
     *
     * @param episode (input) the transitions
     * @param returns (input) G_t for t &lt; B; not modified
     */
    void update(EpisodeBuffer episode, double[] returns);

    /** The number of trainable parameters. */
    int parameterCount();
}
