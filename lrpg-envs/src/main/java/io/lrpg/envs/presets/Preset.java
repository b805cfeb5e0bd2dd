package io.lrpg.envs.presets;

import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.network.NetworkSettings;
import io.lrpg.core.tensor.TensorSettings;
import io.lrpg.core.train.TrainerSettings;
import io.lrpg.envs.EnvironmentId;
import java.util.Objects;

/**
 * Everything that defines the experiment on one environment: the environment, the trainer's γ, E and T, and the
 * settings of every model. The paper's three are in {@link PaperPresets}, the presets of environments the paper did
 * not use in {@link FollowUpPresets}; {@link Presets#of} finds the preset of an environment. These classes are the
 * single source of the settings for the command line, the reports and the benchmarks.
 *
 * @param environment the environment
 * @param trainer     discount γ, episodes E, horizon T
 * @param lowRank     the LRPG actor and critic (low-rank matrices)
 * @param tensor      the tensor (CP/PARAFAC) actor and critic, one mode per state dimension
 * @param network     the neural-network baseline's actor and critic
 */
public record Preset(EnvironmentId environment, TrainerSettings trainer, LowRankSettings lowRank,
        TensorSettings tensor, NetworkSettings network) {

    public Preset {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(lowRank, "lowRank");
        Objects.requireNonNull(tensor, "tensor");
        Objects.requireNonNull(network, "network");
    }

    /** This with other trainer settings. */
    public Preset withTrainer(TrainerSettings newTrainer) {
        return new Preset(environment, newTrainer, lowRank, tensor, network);
    }

    /** This with other low-rank settings. */
    public Preset withLowRank(LowRankSettings newLowRank) {
        return new Preset(environment, trainer, newLowRank, tensor, network);
    }

    /** This with other tensor settings. */
    public Preset withTensor(TensorSettings newTensor) {
        return new Preset(environment, trainer, lowRank, newTensor, network);
    }

    /** This with other network settings. */
    public Preset withNetwork(NetworkSettings newNetwork) {
        return new Preset(environment, trainer, lowRank, tensor, newNetwork);
    }
}
