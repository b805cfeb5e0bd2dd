package io.lrpg.experiment;

import io.lrpg.core.train.EpisodeRecord;
import io.lrpg.core.train.LearningCurve;
import java.util.function.Consumer;

/** Builds everything a run needs from its spec and trains it. Must be safe to call from several threads. */
@FunctionalInterface
public interface RunTrainer {

    /**
     * Trains one run.
     *
     * @param spec      the run (its seed determines every random draw)
     * @param onEpisode called after each episode, from the run's thread
     * @return the learning curve
     */
    LearningCurve train(RunSpec spec, Consumer<EpisodeRecord> onEpisode);
}
