package io.lrpg.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.presets.Preset;
import io.lrpg.results.RunId;
import io.lrpg.results.SettingDifference;
import java.util.List;
import java.util.Objects;

/**
 * One variant of an experiment: an environment, a model, its fully resolved settings (a preset plus every override)
 * and its id. A run is a variant and a seed ({@link #run(long)}).
 *
 * <p>The id is the label the user gave, or {@link Variants#PAPER} for exactly the paper's settings,
 * {@link Variants#QUICK} for the quick profile's shortened Goddard, or else a short hash of the settings
 * ({@link io.lrpg.results.SettingsHash}). Build variants with {@link Variants}.
 *
 * @param environment the environment
 * @param model       the model trained
 * @param settings    the resolved preset (only the trainer and this model's settings are used)
 * @param id          the variant id, a valid {@link RunId#VARIANT}
 * @param tree        the settings the run depends on, as written into each run record
 * @param settingsHash {@link io.lrpg.results.SettingsHash#of} of {@code tree}, computed once for all its runs
 * @param differences how the settings differ from the paper's (empty for the paper's own); where the paper has no
 *                    settings for this model and environment, how they differ from the suite's preset
 * @param paperEnvironment whether the paper has settings for this environment and model
 */
public record Variant(EnvironmentId environment, ModelKind model, Preset settings, String id, JsonNode tree,
        String settingsHash, List<SettingDifference> differences, boolean paperEnvironment) {

    public Variant {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(settings, "settings");
        RunId.checkVariant(id);
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(settingsHash, "settingsHash");
        differences = List.copyOf(differences);
    }

    /** The run of this variant with the given seed. */
    public RunId run(long seed) {
        return new RunId(environment.id(), model.id(), id, seed);
    }

    /** {@code environment/model/variant}. */
    public String cell() {
        return environment.id() + "/" + model.id() + "/" + id;
    }

    /** Episodes each run trains. */
    public int episodes() {
        return settings.trainer().episodes();
    }

    @Override
    public String toString() {
        return cell();
    }
}
