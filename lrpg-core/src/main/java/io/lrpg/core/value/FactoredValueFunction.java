package io.lrpg.core.value;

import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.TrainableValueFunction;

/**
 * What the factored critics share (the matrix {@link LowRankValueFunction} and the tensor
 * {@code io.lrpg.core.tensor.TensorValueFunction}): V(s_t) is the model's entry at step t's key, fitted to
 * Monte-Carlo returns by one optimizer step per episode on
 * <pre>
 *   ℒ = (1/B) Σ_t (V_t − G_t)²,   h_t = ∂ℒ/∂V_t = 2 (V_t − G_t) / B
 * </pre>
 * whose factor gradients the model accumulates from the h_t at the old values. The trainer's
 * {@link #update(EpisodeBuffer, double[], double[])} computes V_t, h_t and the gradient in one pass and reports the V_t
 * as they were before the step. The subclass supplies the keys, the entries, the gradient and the step; nothing here
 * allocates in steady state (the h_t scratch grows with the episode). Not thread-safe.
 */
public abstract class FactoredValueFunction implements TrainableValueFunction {

    private double[] h = new double[0];            // per-step scratch: h_t
    private double[] valueScratch = new double[0]; // V_t when the caller does not want them

    /** The keys of the episode's steps, read from its step keys or computed from the observations. */
    protected abstract int[] keys(EpisodeBuffer episode);

    /** The model's entries at the first {@code length} keys into {@code out}. */
    protected abstract void entries(int[] keys, int length, double[] out);

    /** Zeroes the factor gradient. */
    protected abstract void clearGradient();

    /** Adds Σ_t h_t ∂V(key_t)/∂θ, t &lt; {@code length}, to the factor gradient at the current parameters. */
    protected abstract void accumulate(int[] keys, double[] h, int length);

    /** One optimizer step on the factor gradient. */
    protected abstract void step();

    @Override
    public void values(EpisodeBuffer episode, double[] out) {
        entries(keys(episode), episode.length(), out); // V_t at step t's key
    }

    /**
     * Computes the factor gradient of ℒ at the current parameters, without changing the parameters. O(B·k) for a
     * matrix, O(B·D·k) for a tensor.
     *
     * @param episode (input) the transitions
     * @param returns (input) G_t for t &lt; B; not modified
     */
    public void computeGradient(EpisodeBuffer episode, double[] returns) {
        ensureScratch(episode.length());
        computeGradient(episode, returns, valueScratch);
    }

    /** One pass over the episode: V_t at the current parameters into {@code values}, the gradient from the h_t. */
    private void computeGradient(EpisodeBuffer episode, double[] returns, double[] values) {
        int length = episode.length();
        if (returns.length < length || values.length < length) {
            throw new IllegalArgumentException("need " + length + " returns and room for as many values, got "
                    + returns.length + " and " + values.length);
        }
        ensureScratch(length);
        clearGradient();
        valuesAndGradient(keys(episode), returns, 2.0 / length, length, values);
    }

    /**
     * V_t into {@code values} and the factor gradient from h_t = scale · (V_t − G_t), scale = 2/B, at the current
     * parameters: here {@link #entries}, the h_t and {@link #accumulate} in three passes; a model may do it in one.
     */
    protected void valuesAndGradient(int[] keys, double[] returns, double scale, int length, double[] values) {
        entries(keys, length, values);               // V_t
        for (int t = 0; t < length; t++) {
            h[t] = scale * (values[t] - returns[t]); // h_t = 2 (V_t − G_t) / B
        }
        accumulate(keys, h, length);                 // the factor gradient from the h_t
    }

    private void ensureScratch(int length) {
        if (h.length < length) {
            h = new double[length];
            valueScratch = new double[length];
        }
    }

    @Override
    public void update(EpisodeBuffer episode, double[] returns) {
        if (episode.length() == 0) {
            return;
        }
        computeGradient(episode, returns);
        step();
    }

    /** V_t before the step into {@code valuesBefore}, then the step; one pass over the episode. */
    @Override
    public void update(EpisodeBuffer episode, double[] returns, double[] valuesBefore) {
        if (episode.length() == 0) {
            return;
        }
        computeGradient(episode, returns, valuesBefore);
        step();
    }
}
