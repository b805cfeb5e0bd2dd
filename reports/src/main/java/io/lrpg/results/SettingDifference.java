package io.lrpg.results;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One setting of a run that differs from the paper's setting for the same environment and model.
 *
 * @param setting the setting's path in the settings tree, for example {@code lowRank.rank}
 * @param paper   the paper's value (null if the paper has no such setting)
 * @param value   the run's value (null if the run has no such setting)
 */
public record SettingDifference(String setting, JsonNode paper, JsonNode value) {

    /** {@code setting: paper → value}. */
    public String describe() {
        return setting + ": " + text(paper) + " → " + text(value);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "(none)" : node.isValueNode() ? node.asText() : node.toString();
    }
}
