package io.lrpg.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The record written beside each run's CSV ({@code seed-<S>.json}): who the run is, the fully resolved settings it
 * was trained with, how they differ from the paper's, its parameter counts and its provenance. It is written last,
 * after the CSV and the trained parameters, so a run is finished exactly when its record exists.
 *
 * @param format               {@value #FORMAT}
 * @param run                  the run's identity
 * @param episodes             episodes recorded
 * @param steps                environment steps over all episodes
 * @param diverged             whether the run stopped on a non-finite return
 * @param wallSeconds          the run's training time
 * @param finishedAt           ISO-8601 instant the run finished
 * @param settingsHash         {@link SettingsHash#of} the settings (equal to the variant when it is not labelled)
 * @param settings             every setting the run depends on (environment, model, trainer and model settings)
 * @param paperEnvironment     whether the paper has settings for this environment and model
 * @param differencesFromPaper every setting that differs from the paper's, in path order (empty for the paper's
 *                             own settings); when {@code paperEnvironment} is false, every setting that differs
 *                             from the suite's preset of the model and environment
 * @param parameterCount       the models' trainable parameters
 * @param invocation           the name of the invocation log entry of the command that trained it
 * @param provenance           code, JVM, libraries and machine
 */
public record RunRecord(String format, RunId run, int episodes, long steps, boolean diverged, double wallSeconds,
        String finishedAt, String settingsHash, JsonNode settings, boolean paperEnvironment,
        List<SettingDifference> differencesFromPaper, ParameterCount parameterCount, String invocation,
        Provenance provenance) {

    /** The format tag of this version. */
    public static final String FORMAT = "lrpg-run/1";

    public RunRecord {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(parameterCount, "parameterCount");
        differencesFromPaper = List.copyOf(differencesFromPaper);
    }

    /** Whether the run used the paper's settings for its environment and model exactly. */
    public boolean paperSettings() {
        return paperEnvironment && differencesFromPaper.isEmpty();
    }

    /** Writes the record atomically. */
    public void write(Path file) {
        AtomicFiles.write(file, writer -> Json.mapper().writeValue(writer, this));
    }

    /**
     * Reads a record.
     *
     * @throws ResultsFormatException if the file is missing, not JSON or not a run record of this format
     */
    public static RunRecord read(Path file) {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ResultsFormatException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ResultsFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (tree == null || !FORMAT.equals(tree.path("format").asText())) {
            throw new ResultsFormatException(file + ": not a run record of format " + FORMAT);
        }
        try {
            return Json.mapper().treeToValue(tree, RunRecord.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new ResultsFormatException(file + ": malformed run record: " + e.getMessage(), e);
        }
    }
}
