package io.lrpg.core.train;

/**
 * What the {@link PolicyGradientTrainer} needs to know besides the models.
 *
 * @param discount           γ ∈ [0, 1], the discount of the Monte-Carlo returns
 * @param episodes           E &gt; 0, the number of training episodes (one update each)
 * @param maxStepsPerEpisode T &gt; 0, the horizon: an episode that has not terminated after T steps is
 *                           truncated (and, as in the reference, not bootstrapped)
 */
public record TrainerSettings(double discount, int episodes, int maxStepsPerEpisode) {

    public TrainerSettings {
        if (!(discount >= 0.0 && discount <= 1.0)) {
            throw new IllegalArgumentException("discount must be in [0, 1], was " + discount);
        }
        if (episodes <= 0) {
            throw new IllegalArgumentException("episodes must be > 0, was " + episodes);
        }
        if (maxStepsPerEpisode <= 0) {
            throw new IllegalArgumentException("maxStepsPerEpisode must be > 0, was " + maxStepsPerEpisode);
        }
    }

    /** This with another number of episodes. */
    public TrainerSettings withEpisodes(int newEpisodes) {
        return new TrainerSettings(discount, newEpisodes, maxStepsPerEpisode);
    }
}
