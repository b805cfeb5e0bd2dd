package io.lrpg.report.stats;

import java.util.SplittableRandom;

/**
 * Where the bootstrap's resample indices come from. A bootstrap consumes them resample by resample, stratum by
 * stratum ({@link Sample}'s order), run by run: for resample b and stratum s it asks n_s times for an index in
 * [0, n_s), and run r of stratum s then appears in that resample as many times as r was drawn.
 *
 * <p>{@link #seeded} is what the report uses; {@link #replay} feeds indices generated elsewhere (the tests
 * replay numpy's) through the same code path.
 */
@FunctionalInterface
public interface IndexSource {

    /** The next index, uniform in [0, bound). */
    int nextIndex(int bound);

    /** Uniform indices from {@code new SplittableRandom(seed)}: the same seed gives the same resamples. */
    static IndexSource seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return random::nextInt;
    }

    /** The given indices in order; see {@link Replay}. */
    static Replay replay(int[] indices) {
        return new Replay(indices);
    }

    /** Indices read from an array, each checked against the bound it is asked for. */
    final class Replay implements IndexSource {
        private final int[] indices;
        private int position;

        private Replay(int[] indices) {
            this.indices = indices.clone();
        }

        /**
         * @throws IllegalStateException    if the indices are used up
         * @throws IllegalArgumentException if the stored index is not in [0, bound)
         */
        @Override
        public int nextIndex(int bound) {
            if (position == indices.length) {
                throw new IllegalStateException("all " + indices.length + " stored indices are used up");
            }
            int index = indices[position];
            if (index < 0 || index >= bound) {
                throw new IllegalArgumentException("stored index " + position + " is " + index + ", not in [0, "
                        + bound + ")");
            }
            position++;
            return index;
        }

        /** Indices not yet consumed. */
        public int remaining() {
            return indices.length - position;
        }
    }
}
