package io.lrpg.cli;

import io.lrpg.envs.EnvironmentId;
import io.lrpg.experiment.ModelKind;
import io.lrpg.experiment.SettingOverrides;
import io.lrpg.experiment.Variant;
import io.lrpg.experiment.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options that choose a variant: environment, model, overrides and label ({@code train}, {@code settings}). */
final class VariantOptions {

    @Option(names = "--env", required = true, paramLabel = "ENV", converter = EnvironmentIdConverter.class,
            description = "Environment with settings: pendulum, acrobot, goddard (the paper's) or "
                    + "mountain-car-continuous-v0 (settings from the follow-up papers, not the paper's).")
    EnvironmentId environment;

    @Option(names = "--model", required = true, paramLabel = "MODEL", converter = ModelConverter.class,
            description = "lowrank (LRPG, low-rank matrices), tensor (CP/PARAFAC tensors, one mode per state "
                    + "dimension; not in the paper) or nn (the DL4J network baseline; start it with ./lrpg, which "
                    + "sets the JVM's memory limits, see README).")
    ModelKind model;

    @Option(names = "--episodes", paramLabel = "E", description = "Episodes per run (default: the preset's); the "
            + "same as --set episodes=E.")
    Integer episodes;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a setting; repeatable, each key once. Keys: gamma, episodes, horizon, actor.lr, "
                    + "critic.lr; lowrank and tensor: rank, init.scale, log-std.init, adam (dense|sparse), "
                    + "actor.buckets, critic.buckets and buckets (points per state dimension, e.g. 10x10; for "
                    + "tensor the size of each mode); lowrank only: std (scalar|per-state); nn only: hidden. "
                    + "'lrpg settings' prints the result.")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--label", paramLabel = "NAME",
            description = "Name of this variant in results and reports (letters, digits, '.', '_', '-'; default: "
                    + "'paper' for the paper's settings, 'quick' for the quick profile's Goddard, else a hash of "
                    + "the settings such as cfg-3fa9c01b2e).")
    String label;

    /**
     * The variant these options name.
     *
     * @throws UsageException for an unknown or repeated key, a malformed value, a key of the other model, an invalid
     *                        label or an environment without settings
     */
    Variant resolve() {
        try {
            Map<String, String> overrides = SettingOverrides.parse(assignments);
            if (episodes != null) {
                if (overrides.containsKey("episodes")) {
                    throw new IllegalArgumentException(
                            "give the number of episodes once, by --episodes or by --set episodes");
                }
                overrides.put("episodes", Integer.toString(episodes));
            }
            return Variants.resolve(environment, model, overrides, Optional.ofNullable(label));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** Parses model names at the command-line edge ({@link ModelKind#parse}). */
    static final class ModelConverter implements ITypeConverter<ModelKind> {
        @Override
        public ModelKind convert(String value) {
            try {
                return ModelKind.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
