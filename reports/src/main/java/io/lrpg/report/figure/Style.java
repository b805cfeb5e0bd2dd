package io.lrpg.report.figure;

/** How a learning-curve figure chooses its ranges and titles. */
public enum Style {
    /**
     * Paper-faithful: the paper's fixed y ranges, x from 0 to a round number of episodes, panel letters ("(a)
     * Pendulum"). Data outside the fixed ranges is clipped and marked, with a footnote.
     */
    PAPER,
    /** Ranges from the data (y with a 4 % margin, x exactly the data's), titles without letters; nothing is clipped. */
    CLEAN
}
