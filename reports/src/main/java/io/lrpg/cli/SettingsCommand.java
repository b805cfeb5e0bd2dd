package io.lrpg.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lrpg.experiment.Models;
import io.lrpg.experiment.Variant;
import io.lrpg.results.Json;
import io.lrpg.results.ParameterCount;
import io.lrpg.results.SettingDifference;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lrpg settings}: the resolved settings of a variant and its parameter counts, without training. */
@Command(name = "settings", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the fully resolved settings of a variant (a preset plus --set overrides), its id, how it "
                + "differs from the paper, and its parameter counts, without training.",
            "The settings are exactly those 'lrpg train' with the same options records in each run."})
final class SettingsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private VariantOptions variantOptions;

    @Option(names = "--json", description = "Print one JSON object (variant, settings, differences, parameters).")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Variant variant = variantOptions.resolve();
        ParameterCount count = Models.parameterCount(variant.settings(), variant.model());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("variant", variant.id());
            root.set("settings", variant.tree());
            root.put("paperEnvironment", variant.paperEnvironment());
            root.set("differencesFromPaper", Json.mapper().valueToTree(variant.differences()));
            root.set("parameterCount", Json.mapper().valueToTree(count));
            out.println(Json.mapper().writeValueAsString(root));
            return Lrpg.EXIT_OK;
        }
        out.println("variant   " + variant.cell());
        out.println("settings  " + Json.mapper().writeValueAsString(variant.tree()).replace("\n", "\n          "));
        if (!variant.paperEnvironment()) {
            out.println("paper     the paper has no settings for " + variant.model().id() + " on "
                    + variant.environment().id() + (variant.id().equals(io.lrpg.experiment.Variants.PRESET)
                            ? "; these are the suite's preset (io.lrpg.envs.presets.Presets)" : ""));
        } else if (variant.differences().isEmpty()) {
            out.println("paper     these are the paper's settings");
        } else {
            out.println("paper     differs from the paper's settings in:");
            for (SettingDifference d : variant.differences()) {
                out.println("            " + d.describe());
            }
        }
        out.printf("params    actor %d + critic %d = %d (σ: %d more, %d in all)%n", count.actor(), count.critic(),
                count.withoutStd(), count.std(), count.total());
        return Lrpg.EXIT_OK;
    }
}
