package io.lrpg.core.optim;

/**
 * Whether the gradient of a row-structured parameter (the factors of a low-rank matrix or of a CP tensor)
 * remembers the rows it touched since it was last cleared.
 */
public enum RowTracking {
    /** The touched rows are remembered ({@link TouchedRows}): needed by a row-sparse optimizer; clearing is
     *  O(rows touched · k). */
    TRACKED,
    /** Nothing is remembered: enough for a dense optimizer, whose step visits every entry anyway; clearing
     *  zeroes every entry. */
    UNTRACKED;

    /** The tracking the optimizer {@code mode} needs: {@link #TRACKED} for {@link AdamMode#SPARSE}, else
     *  {@link #UNTRACKED}. */
    public static RowTracking neededBy(AdamMode mode) {
        return mode == AdamMode.SPARSE ? TRACKED : UNTRACKED;
    }
}
