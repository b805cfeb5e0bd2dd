package io.lrpg.core.train;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per-step integer keys for the transitions of an {@link EpisodeBuffer}: the indices by which the policy
 * looks up its parameters for s_t, computed once while acting and read back while updating, so that the
 * updates do not map every observation to its cell again.
 *
 * <p><b>Contract.</b>
 * <ul>
 *   <li>A key is {@code width} ints, w ≥ 1, chosen by the model: 2 for a matrix model (row i(s), column
 *       j(s)), D for a tensor model with one mode per state dimension. Step t's key is
 *       {@code array()[t·w … t·w + w)}.</li>
 *   <li>A key belongs to a <em>key space</em>, an object whose {@code equals} means "maps every observation
 *       to the same key" (for the matrix models, their {@link io.lrpg.core.discretize.GridLayout}). A key is
 *       a pure function of the observation and the key space, never of parameters, so keys written while
 *       acting stay valid however the parameters change.</li>
 *   <li><b>Writing</b> (while acting): before the trainer appends step t with {@link EpisodeBuffer#add},
 *       the policy calls {@link #claim} for that step and writes the w components at the returned offset
 *       ({@link TrainablePolicy#sampleAction(double[], java.util.random.RandomGenerator, StepKeys)}). Claiming
 *       the same step again overwrites it.</li>
 *   <li><b>Reading</b> (while updating): any model may read them, the policy or a critic of the same key
 *       space. They are <em>present</em> ({@link #present}) only if every step 0 … B−1 of the episode was
 *       claimed, in order, with the reader's key space (or an equal one) and width. Otherwise they are
 *       <em>absent</em> and the reader computes its keys from the observations. A buffer filled by code
 *       that does not act through a policy (a test replaying recorded transitions, a benchmark), a step
 *       appended without a claim, or a claim whose key space is not the same object as step 0's or whose
 *       width differs makes the whole episode's keys absent. {@link EpisodeBuffer#clear()} empties them.</li>
 * </ul>
 * Models without keys (the DL4J network reads the observations directly) never touch this object.
 *
 * <p>Storage grows with the episode and is otherwise reused: claiming allocates nothing in steady state.
 * Not thread-safe.
 */
public final class StepKeys {

    private final EpisodeBuffer episode;
    private Object space;
    private int width;
    private int[] keys = new int[0];
    private int claimed;      // steps 0 … claimed − 1 have keys
    private boolean broken;   // keys of two key spaces or widths were mixed

    StepKeys(EpisodeBuffer episode) {
        this.episode = episode;
    }

    /**
     * Reserves the key of the episode's next step t = {@link EpisodeBuffer#length()} (the step the next
     * {@link EpisodeBuffer#add} appends) and returns where to write it: the caller writes its {@code width}
     * components to {@code array()[offset … offset + width)}. The array may be replaced by this call, so
     * read {@link #array()} after it.
     *
     * @param space the key space of the caller (see the class contract); not null
     * @param width w ≥ 1, the ints per key
     * @return the offset t·w of step t's key in {@link #array()}
     */
    public int claim(Object space, int width) {
        Objects.requireNonNull(space, "space");
        if (width < 1) {
            throw new IllegalArgumentException("width must be >= 1, was " + width);
        }
        int t = episode.length();
        if (t == 0) {
            this.space = space;
            this.width = width;
            broken = false;
            claimed = 0;
        } else if (space != this.space || width != this.width) {
            broken = true;
        }
        // otherwise claimed = t + 1 (step t is claimed again) or claimed < t (an earlier step has no key:
        // claimed stays behind the episode for good, and its keys are absent)
        if (claimed == t) {
            claimed = t + 1;
        }
        int end = (t + 1) * width;
        if (end > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(end, Math.max(2 * keys.length, episode.capacity() * width)));
        }
        return t * width;
    }

    /**
     * Whether every step of the episode has a key of {@code space} and {@code width} (see the class
     * contract). {@code space} matches if it is the writer's key space or equal to it.
     */
    public boolean present(Object space, int width) {
        return !broken && claimed == episode.length() && this.width == width
                && (this.space == space || (this.space != null && this.space.equals(space)));
    }

    /**
     * The backing key array (step t's key at {@code [t·w, t·w + w)}; valid for t &lt; B when
     * {@link #present}). Read-only by contract for readers.
     */
    public int[] array() {
        return keys;
    }

    /** The episode these keys belong to. */
    public EpisodeBuffer episode() {
        return episode;
    }

    /** Forgets all keys (called by {@link EpisodeBuffer#clear()}). */
    void clear() {
        space = null;
        width = 0;
        claimed = 0;
        broken = false;
    }
}
