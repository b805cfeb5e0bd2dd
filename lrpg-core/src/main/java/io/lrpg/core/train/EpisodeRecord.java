package io.lrpg.core.train;

/**
 * What the trainer reports of one training episode.
 *
 * @param episode    the episode's index, from 0
 * @param totalReward Σ_t r_t, the undiscounted return (the paper's plotted quantity)
 * @param length     B, the number of steps
 * @param terminated whether it ended in a terminal state
 * @param truncated  whether it was cut at the horizon
 */
public record EpisodeRecord(int episode, double totalReward, int length, boolean terminated, boolean truncated) {
}
