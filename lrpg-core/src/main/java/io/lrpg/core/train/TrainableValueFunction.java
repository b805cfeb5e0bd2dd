package io.lrpg.core.train;

/**
 * A state-value estimate V_w(s) used as the REINFORCE baseline and fitted to Monte-Carlo returns.
 * Implementations: the low-rank value function (this module) and the DL4J network ({@code nn-baseline}).
 *
 * <p><b>Step keys.</b> The critic takes no part in acting. A critic that looks its parameters up by a
 * discretized state reads the episode's {@link EpisodeBuffer#keys()}, written by the policy while acting, if
 * they are of its own key space (a critic on the actor's grid), and otherwise computes its keys from the
 * observations in {@link #values} and {@link #update}, once per step (contract in {@link StepKeys}). It is
 * deliberately not asked for keys while acting: measured, computing the critic's cells there cost more than
 * computing them in its update, because they compete with the state → action → state chain of the
 * episode (docs/deviations.md).
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

    /**
     * {@link #values} and then {@link #update} in one call: writes V_w(s_t) as it was <em>before</em> the
     * step into {@code valuesBefore}, then takes the step. A model may do both in one pass over the episode
     * (the values are what the gradient needs anyway); the result must equal the two calls'. The default
     * is the two calls.
     *
     * @param episode      (input) the transitions
     * @param returns      (input) G_t for t &lt; B; not modified
     * @param valuesBefore (output) V_w(s_t) for t &lt; B at the parameters before the step
     */
    default void update(EpisodeBuffer episode, double[] returns, double[] valuesBefore) {
        values(episode, valuesBefore);
        update(episode, returns);
    }

    /** The number of trainable parameters. */
    int parameterCount();
}
