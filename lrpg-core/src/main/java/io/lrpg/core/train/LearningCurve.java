package io.lrpg.core.train;

import java.util.Arrays;

/**
 * The per-episode results of one training run.
 *
 * <p>A run whose return becomes non-finite is stopped there and marked {@link #diverged()}; its arrays
 * then hold the episodes up to and including the first non-finite one.
 */
public final class LearningCurve {

    private final double[] returns;
    private final int[] lengths;
    private final boolean[] terminated;
    private final boolean[] truncated;
    private final boolean diverged;

    private LearningCurve(double[] returns, int[] lengths, boolean[] terminated, boolean[] truncated,
            boolean diverged) {
        this.returns = returns;
        this.lengths = lengths;
        this.terminated = terminated;
        this.truncated = truncated;
        this.diverged = diverged;
    }

    /** The number of recorded episodes. */
    public int episodes() {
        return returns.length;
    }

    /** Episode e's record. */
    public EpisodeRecord episode(int e) {
        return new EpisodeRecord(e, returns[e], lengths[e], terminated[e], truncated[e]);
    }

    /** A copy of the per-episode returns. */
    public double[] returns() {
        return returns.clone();
    }

    /** A copy of the per-episode lengths. */
    public int[] lengths() {
        return lengths.clone();
    }

    /** Whether the run stopped early on a non-finite return. */
    public boolean diverged() {
        return diverged;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LearningCurve c && diverged == c.diverged && Arrays.equals(returns, c.returns)
                && Arrays.equals(lengths, c.lengths) && Arrays.equals(terminated, c.terminated)
                && Arrays.equals(truncated, c.truncated);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(returns);
    }

    /** Collects records episode by episode. */
    static final class Recorder {
        private final double[] returns;
        private final int[] lengths;
        private final boolean[] terminated;
        private final boolean[] truncated;
        private int count;

        Recorder(int capacity) {
            returns = new double[capacity];
            lengths = new int[capacity];
            terminated = new boolean[capacity];
            truncated = new boolean[capacity];
        }

        void record(EpisodeRecord r) {
            returns[count] = r.totalReward();
            lengths[count] = r.length();
            terminated[count] = r.terminated();
            truncated[count] = r.truncated();
            count++;
        }

        LearningCurve finish(boolean diverged) {
            return new LearningCurve(Arrays.copyOf(returns, count), Arrays.copyOf(lengths, count),
                    Arrays.copyOf(terminated, count), Arrays.copyOf(truncated, count), diverged);
        }
    }
}
