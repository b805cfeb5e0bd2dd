package io.lrpg.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.presets.Preset;
import io.lrpg.envs.presets.PaperPresets;
import io.lrpg.envs.presets.Presets;
import io.lrpg.results.Json;
import io.lrpg.results.RunId;
import io.lrpg.results.SettingDifference;
import io.lrpg.results.SettingsHash;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds {@link Variant}s: the preset of an environment with overrides applied, named.
 *
 * <p>Naming rule. A label given by the user names the variant, except that {@value #PAPER}, {@value #PRESET} and
 * {@value #QUICK} are reserved for the settings they stand for and labels may not start with
 * {@value SettingsHash#PREFIX}. Without a label:
 * <ul>
 *   <li>{@value #PAPER}: exactly the paper's settings of one of the paper's models (low-rank, network) on one of its
 *       environments;</li>
 *   <li>{@value #PRESET}: exactly the suite's preset of a model or environment the paper did not use (the tensor
 *       model anywhere, every model on mountain car; {@link Presets#of});</li>
 *   <li>{@value #QUICK}: either of those with the quick profile's episode cap ({@link Profile#QUICK}; only Goddard is
 *       cut);</li>
 *   <li>anything else: {@link SettingsHash#of} its settings tree.</li>
 * </ul>
 * The same settings therefore get the same name in every command ({@code train}, {@code reproduce}, {@code sweep})
 * and on every machine.
 */
public final class Variants {

    /** The paper's settings, every episode included. */
    public static final String PAPER = "paper";
    /** The suite's preset of a model or an environment that is not the paper's. */
    public static final String PRESET = "preset";
    /** The quick profile's settings: the paper's (or the preset) with Goddard cut to the profile's episodes. */
    public static final String QUICK = "quick";

    private Variants() {
    }

    /**
     * The variant of {@code model} on {@code environment} with {@code overrides} applied to the environment's preset
     * ({@link Presets#of}: the paper's, or a follow-up preset for an environment the paper did not use, such as
     * mountain car). Whether the result is the paper's settings, and how it differs from them, is decided against
     * {@link PaperPresets} alone (see {@link #named}).
     *
     * @param label the user's name for it, or empty
     * @throws IllegalArgumentException for an environment without settings, an invalid override or an invalid label
     */
    public static Variant resolve(EnvironmentId environment, ModelKind model, Map<String, String> overrides,
            Optional<String> label) {
        Preset base = Presets.of(environment);
        return named(environment, model, SettingOverrides.apply(base, model, overrides), label);
    }

    /** The variant of already-resolved settings (see the class comment for the naming rule). */
    public static Variant named(EnvironmentId environment, ModelKind model, Preset settings,
            Optional<String> label) {
        JsonNode tree = Models.settingsTree(settings, model);
        String hash = SettingsHash.of(tree);
        // the paper's settings exist only for its two models on its three environments
        Optional<Preset> paper = ModelKind.paperModels().contains(model) ? paperPreset(environment) : Optional.empty();
        Preset reference = paper.orElseGet(() -> Presets.of(environment));
        String base = paper.isPresent() ? PAPER : PRESET;
        JsonNode referenceTree = Models.settingsTree(reference, model);
        JsonNode quickTree = Models.settingsTree(Profile.QUICK.apply(reference), model);
        String canonical = SettingsHash.canonical(tree);
        boolean isReference = canonical.equals(SettingsHash.canonical(referenceTree));
        boolean isQuick = !isReference && canonical.equals(SettingsHash.canonical(quickTree));
        String id;
        if (label.isPresent()) {
            id = RunId.checkVariant(label.get());
            if (id.startsWith(SettingsHash.PREFIX)) {
                throw new IllegalArgumentException("labels may not start with '" + SettingsHash.PREFIX
                        + "' (it marks hash-named variants)");
            }
            if (id.equals(PAPER) && !(isReference && base.equals(PAPER))) {
                throw new IllegalArgumentException("the label '" + PAPER + "' is reserved for the paper's settings"
                        + (base.equals(PAPER) ? "" : " (the paper has none for " + model.id() + " on "
                                + environment.id() + ")"));
            }
            if (id.equals(PRESET) && !(isReference && base.equals(PRESET))) {
                throw new IllegalArgumentException("the label '" + PRESET + "' is reserved for the preset of a model "
                        + "or environment that is not the paper's");
            }
            if (id.equals(QUICK) && !isQuick) {
                throw new IllegalArgumentException("the label '" + QUICK + "' is reserved for the quick profile's "
                        + "settings");
            }
        } else {
            id = isReference ? base : isQuick ? QUICK : hash;
        }
        // against the paper's settings, or, where the paper has none, against the suite's preset
        List<SettingDifference> differences = differences(referenceTree, tree);
        return new Variant(environment, model, settings, id, tree, hash, differences, paper.isPresent());
    }

    /** The paper's preset of an environment, if the paper has one. */
    static Optional<Preset> paperPreset(EnvironmentId environment) {
        try {
            return Optional.of(PaperPresets.of(environment));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The leaves of two settings trees that differ, by path ({@code a.b[2].c}), in path order. */
    static List<SettingDifference> differences(JsonNode paper, JsonNode run) {
        List<SettingDifference> out = new ArrayList<>();
        collect("", paper, run, out);
        return out;
    }

    private static void collect(String path, JsonNode a, JsonNode b, List<SettingDifference> out) {
        if (a != null && b != null && a.isObject() && b.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                collect(path.isEmpty() ? key : path + "." + key, a.get(key), b.get(key), out);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> x = a.elements();
            Iterator<JsonNode> y = b.elements();
            int i = 0;
            while (x.hasNext()) {
                collect(path + "[" + i++ + "]", x.next(), y.next(), out);
            }
        } else if (a == null || b == null
                || !SettingsHash.canonical(a).equals(SettingsHash.canonical(b))) {
            out.add(new SettingDifference(path, a == null ? null : a.deepCopy(), b == null ? null : b.deepCopy()));
        }
    }

    /** The settings tree as written into run records (for tests and {@code lrpg settings}). */
    public static String json(Variant variant) {
        try {
            return Json.mapper().writeValueAsString(variant.tree());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
