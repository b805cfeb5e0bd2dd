package io.lrpg.experiment;

import io.lrpg.core.train.EpisodeRecord;
import io.lrpg.core.train.LearningCurve;
import io.lrpg.results.AtomicFiles;
import io.lrpg.results.EpisodesCsv;
import io.lrpg.results.ModelParameters;
import io.lrpg.results.Provenance;
import io.lrpg.results.ResultsFormatException;
import io.lrpg.results.RunEpisodes;
import io.lrpg.results.RunId;
import io.lrpg.results.RunRecord;
import io.lrpg.results.SettingsHash;
import io.lrpg.results.StoreLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A results folder as the runner uses it ({@link StoreLayout}): which runs are finished, and writing a finished run.
 *
 * <p>A run is finished when its record exists; the record is written after the CSV and the trained parameters, each
 * atomically, so a process killed at any moment (also by SIGKILL) leaves either a finished run or temporary files
 * that are never read as results and are removed before the run is trained again.
 */
public final class RunStore {

    private final StoreLayout layout;

    /**
     * @param folder the results folder (created when the first run is written)
     * @throws ExperimentInputException if the path exists and is not a folder
     */
    public RunStore(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ExperimentInputException(folder + " is not a folder");
        }
        this.layout = new StoreLayout(folder);
    }

    /** The folder. */
    public Path folder() {
        return layout.folder();
    }

    /** Where the files are. */
    public StoreLayout layout() {
        return layout;
    }

    /**
     * Whether the run is finished in this folder with the same settings.
     *
     * @throws ExperimentInputException if the folder holds the run with other settings (another experiment under the
     *                                  same identity) or its files are unreadable or incomplete
     */
    public boolean isDone(RunRequest request) {
        RunId id = request.id();
        Path recordFile = layout.record(id);
        if (!Files.exists(recordFile)) {
            return false;
        }
        RunRecord record;
        try {
            record = RunRecord.read(recordFile);
        } catch (ResultsFormatException e) {
            throw new ExperimentInputException(e.getMessage(), e);
        }
        if (!record.run().equals(id)) {
            throw new ExperimentInputException(recordFile + " holds run " + record.run() + ", not " + id);
        }
        String expected = SettingsHash.canonical(request.variant().tree());
        if (!expected.equals(SettingsHash.canonical(record.settings()))) {
            List<io.lrpg.results.SettingDifference> differences =
                    Variants.differences(record.settings(), request.variant().tree());
            throw new ExperimentInputException(recordFile + " holds " + id.label() + " with other settings ("
                    + (differences.isEmpty() ? "different" : differences.get(0).describe()
                            + (differences.size() > 1 ? " and " + (differences.size() - 1) + " more" : ""))
                    + "); use another --label or another --out");
        }
        if (!Files.exists(layout.csv(id))) {
            throw new ExperimentInputException(recordFile + " has no " + layout.csv(id).getFileName()
                    + " beside it; remove the record to train the run again");
        }
        return true;
    }

    /**
     * Writes a finished run: its CSV, its trained parameters, then its record. Safe to call from several threads for
     * different runs.
     */
    public void write(RunRequest request, Models.TrainedRun run, double wallSeconds, String invocation,
            Provenance provenance) {
        RunId id = request.id();
        RunEpisodes episodes = episodes(id, run.curve());
        AtomicFiles.writeBinary(layout.csv(id), out -> EpisodesCsv.write(out, List.of(episodes)));
        new ModelParameters(ModelParameters.FORMAT, id, id.model(), run.parameters()).write(layout.parameters(id));
        Variant variant = request.variant();
        new RunRecord(RunRecord.FORMAT, id, episodes.episodes(), episodes.steps(), episodes.diverged(), wallSeconds,
                Instant.now().toString(), variant.settingsHash(), variant.tree(), variant.paperEnvironment(),
                variant.differences(), run.count(), invocation, provenance).write(layout.record(id));
    }

    /** Removes temporary files a killed writer left for these runs (one listing per cell folder). */
    public void clean(List<RunRequest> requests) {
        layout.removePartialFiles(requests.stream().map(RunRequest::id).toList());
    }

    /**
     * The per-episode results of a finished run.
     *
     * @throws ExperimentInputException if they cannot be read
     */
    public RunEpisodes read(RunId id) {
        try {
            List<RunEpisodes> runs = EpisodesCsv.read(layout.csv(id));
            if (runs.size() != 1 || !runs.get(0).id().equals(id)) {
                throw new ExperimentInputException(layout.csv(id) + " does not hold exactly the run " + id);
            }
            return runs.get(0);
        } catch (ResultsFormatException e) {
            throw new ExperimentInputException(e.getMessage(), e);
        }
    }

    /** The per-episode results of a learning curve, as the CSV holds them. */
    static RunEpisodes episodes(RunId id, LearningCurve curve) {
        int n = curve.episodes();
        double[] returns = new double[n];
        int[] lengths = new int[n];
        boolean[] terminated = new boolean[n];
        boolean[] truncated = new boolean[n];
        for (int e = 0; e < n; e++) {
            EpisodeRecord r = curve.episode(e);
            returns[e] = r.totalReward();
            lengths[e] = r.length();
            terminated[e] = r.terminated();
            truncated[e] = r.truncated();
        }
        return new RunEpisodes(id, returns, lengths, terminated, truncated, curve.diverged());
    }
}
