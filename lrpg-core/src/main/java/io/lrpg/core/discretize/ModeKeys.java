package io.lrpg.core.discretize;

import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.StepKeys;
import java.util.Objects;

/**
 * The step keys of a model indexed by one {@link ModeIndexer}: step t's key is its D per-mode indices
 * (q₁(s_t), …, q_D(s_t)), D ints, and the key space is the indexer (two models on equal axes share keys; a
 * matrix model's {@link CellKeys} are another key space, even at D = 2). Writes a step's indices while acting
 * and hands an update the indices of a whole episode, read from the episode's {@link StepKeys} when they are
 * present and computed from the observations otherwise (contract in {@link StepKeys}).
 *
 * <p>Holds a scratch array for computed indices, which grows with the episode and is otherwise reused: nothing
 * here allocates in steady state. Not thread-safe: one instance per model.
 */
public final class ModeKeys {

    private final ModeIndexer indexer;
    private final int width;
    private int[] computed = new int[0];

    /** @param indexer the model's indexer, which is also the key space */
    public ModeKeys(ModeIndexer indexer) {
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.width = indexer.modes();
    }

    /** D, the ints per key. */
    public int width() {
        return width;
    }

    /**
     * Computes the indices of {@code observation} and writes them as the key of the next step of {@code keys}'
     * episode (see {@link StepKeys#claim}).
     *
     * @return the offset of the key in {@code keys.array()} (read the array after this call)
     */
    public int write(StepKeys keys, double[] observation) {
        int at = keys.claim(indexer, width);
        indexer.indices(observation, keys.array(), at);
        return at;
    }

    /**
     * The indices of the steps of {@code keys}' episode: step t's mode-d index at {@code [t·D + d]}, for t &lt; B.
     * They are {@code keys.array()} itself if the keys are present for this indexer, otherwise an array owned by
     * this object, filled from the observations and valid until the next call. Read-only by contract.
     */
    public int[] indices(StepKeys keys) {
        if (keys.present(indexer, width)) {
            return keys.array();
        }
        EpisodeBuffer episode = keys.episode();
        if (episode.observationDimension() != width) {
            throw new IllegalArgumentException("observations of " + episode.observationDimension()
                    + " components for a tensor of " + width + " modes");
        }
        int length = episode.length();
        if (computed.length < width * length) {
            computed = new int[Math.max(width * length, 2 * computed.length)];
        }
        indexer.indices(episode.observations(), length, computed);
        return computed;
    }
}
