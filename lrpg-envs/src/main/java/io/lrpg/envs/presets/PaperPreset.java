package io.lrpg.envs.presets;

import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.train.TrainerSettings;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.core.network.NetworkSettings;
import java.util.Objects;

/**
 * Everything that defines one panel of the paper's experiment: the environment, the trainer's γ, E and T,
 * and both models' settings. The constants live in {@link PaperPresets}, the single source of truth for
 * the command line, the reports and the benchmarks.
 *
 * @param environment the environment
 * @param trainer     discount γ, episodes E, horizon T
 * @param lowRank     the LRPG actor and critic
 * @param network     the neural-network baseline's actor and critic
 */
public record PaperPreset(EnvironmentId environment, TrainerSettings trainer, LowRankSettings lowRank,
        NetworkSettings network) {

    public PaperPreset {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(lowRank, "lowRank");
        Objects.requireNonNull(network, "network");
    }

    /** This with other trainer settings. */
    public PaperPreset withTrainer(TrainerSettings newTrainer) {
        return new PaperPreset(environment, newTrainer, lowRank, network);
    }

    /** This with other low-rank settings. */
    public PaperPreset withLowRank(LowRankSettings newLowRank) {
        return new PaperPreset(environment, trainer, newLowRank, network);
    }

    /** This with other network settings. */
    public PaperPreset withNetwork(NetworkSettings newNetwork) {
        return new PaperPreset(environment, trainer, lowRank, newNetwork);
    }
}
