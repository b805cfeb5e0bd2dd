package io.lrpg.core.discretize;

import io.lrpg.core.train.EpisodeBuffer;
import io.lrpg.core.train.StepKeys;
import java.util.Objects;

/**
 * The step keys of a model indexed by the cells of one {@link GridLayout}: step t's key is its cell
 * (i(s_t), j(s_t)), {@value #WIDTH} ints, and the key space is the layout (two models on equal layouts
 * share keys). Writes a step's cell while acting and hands an update the cells of a whole episode, read
 * from the episode's {@link StepKeys} when they are present and computed from the observations otherwise
 * (contract in {@link StepKeys}).
 *
 * <p>Holds a scratch array for the computed cells, which grows with the episode and is otherwise reused:
 * nothing here allocates in steady state. Not thread-safe: one instance per model.
 */
public final class CellKeys {

    /** Ints per key: row, column. */
    public static final int WIDTH = 2;

    private final StateIndexer indexer;
    private final GridLayout layout;
    private int[] computed = new int[0];

    /** @param indexer the model's indexer; its layout is the key space */
    public CellKeys(StateIndexer indexer) {
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.layout = indexer.layout();
    }

    /**
     * Writes the cell (row, column) as the key of the next step of {@code keys}' episode (see
     * {@link StepKeys#claim}).
     */
    public void write(StepKeys keys, int row, int column) {
        int at = keys.claim(layout, WIDTH);
        int[] array = keys.array();
        array[at] = row;
        array[at + 1] = column;
    }

    /**
     * The cells of the steps of {@code keys}' episode: step t's row at {@code [2t]} and column at
     * {@code [2t + 1]}, for t &lt; B. They are {@code keys.array()} itself if the keys are present for this
     * layout, otherwise an array owned by this object, filled from the observations and valid until the next
     * call. Read-only by contract.
     */
    public int[] cells(StepKeys keys) {
        if (keys.present(layout, WIDTH)) {
            return keys.array();
        }
        EpisodeBuffer episode = keys.episode();
        int length = episode.length();
        if (computed.length < WIDTH * length) {
            computed = new int[Math.max(WIDTH * length, 2 * computed.length)];
        }
        indexer.cells(episode.observations(), length, computed);
        return computed;
    }
}
