package io.lrpg.experiment;

import io.lrpg.core.train.EpisodeRecord;
import io.lrpg.core.train.LearningCurve;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The tidy per-episode result table: one row per (run, episode), columns
 * {@code environment,model,run,seed,episode,return,length,terminated,truncated,diverged}.
 * Returns are written in shortest round-trip form, so {@code Double.parseDouble} recovers them exactly.
 */
public final class EpisodesCsv {

    /** The header row. */
    public static final String HEADER = "environment,model,run,seed,episode,return,length,terminated,truncated,diverged";

    private EpisodesCsv() {
    }

    /** Writes all runs' episodes to {@code target} atomically. */
    public static void write(Path target, List<RunResult> results) {
        AtomicFiles.write(target, writer -> {
            writer.write(HEADER);
            writer.write('\n');
            for (RunResult result : results) {
                writeRows(writer, result);
            }
        });
    }

    /** Writes the rows of one run (no header). */
    public static void writeRows(Writer writer, RunResult result) throws IOException {
        RunSpec spec = result.spec();
        LearningCurve curve = result.curve();
        String prefix = spec.environment() + ',' + spec.model() + ',' + spec.run() + ',' + spec.seed() + ',';
        for (int e = 0; e < curve.episodes(); e++) {
            EpisodeRecord r = curve.episode(e);
            boolean divergedHere = curve.diverged() && e == curve.episodes() - 1;
            writer.write(prefix + r.episode() + ',' + r.totalReward() + ',' + r.length() + ','
                    + (r.terminated() ? 1 : 0) + ',' + (r.truncated() ? 1 : 0) + ',' + (divergedHere ? 1 : 0) + '\n');
        }
    }
}
