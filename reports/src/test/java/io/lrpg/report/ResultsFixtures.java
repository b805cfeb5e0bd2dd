package io.lrpg.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.lrpg.results.AtomicFiles;
import io.lrpg.results.EpisodesCsv;
import io.lrpg.results.ParameterCount;
import io.lrpg.results.RunEpisodes;
import io.lrpg.results.RunId;
import io.lrpg.results.RunRecord;
import io.lrpg.results.SettingDifference;
import io.lrpg.results.SettingsHash;
import io.lrpg.results.StoreLayout;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Results folders written in tests through the results API, as the runner writes them: CSV first, then record. */
public final class ResultsFixtures {

    private ResultsFixtures() {
    }

    /**
     * Writes one run. A variant named {@code paper} gets the paper's settings (no difference); any other variant one
     * difference in {@code variant}, so that its settings are not the paper's.
     *
     * @param lengths episode lengths (environment steps), one per episode
     */
    public static RunEpisodes write(Path folder, RunId id, double[] returns, int[] lengths, ParameterCount parameters) {
        StoreLayout layout = new StoreLayout(folder);
        int n = returns.length;
        RunEpisodes episodes = new RunEpisodes(id, returns.clone(), lengths.clone(), new boolean[n], new boolean[n],
                !Double.isFinite(returns[n - 1]));
        AtomicFiles.writeBinary(layout.csv(id), out -> EpisodesCsv.write(out, List.of(episodes)));
        JsonNode settings = JsonNodeFactory.instance.objectNode().put("environment", id.environment())
                .put("model", id.model()).put("variant", id.variant());
        List<SettingDifference> differences = id.variant().equals(PaperReference.PAPER_VARIANT) ? List.of()
                : List.of(new SettingDifference("variant", TextNode.valueOf("paper"), TextNode.valueOf(id.variant())));
        long steps = Arrays.stream(lengths).asLongStream().sum();
        new RunRecord(RunRecord.FORMAT, id, n, steps, episodes.diverged(), 0.5, "2026-11-29T00:00:00Z",
                SettingsHash.of(settings), settings, true, differences, parameters, "test", null)
                .write(layout.record(id));
        return episodes;
    }

    /** {@link #write} with every episode 3 steps long and the paper's pendulum sizes (80 + 128 or 2049 + 2049). */
    public static RunEpisodes write(Path folder, RunId id, double[] returns) {
        int[] lengths = new int[returns.length];
        Arrays.fill(lengths, 3);
        return write(folder, id, returns, lengths, id.model().equals("nn") ? new ParameterCount(2049, 2049, 1)
                : new ParameterCount(80, 128, 1));
    }

    /**
     * A learning curve: {@code start} until {@code rise}, then linear to {@code end} at {@code rise + 20}, then
     * {@code end}; each episode plus uniform noise in [−noise, noise] (0: none).
     */
    public static double[] curve(int episodes, int rise, double start, double end, double noise, SplittableRandom r) {
        double[] c = new double[episodes];
        for (int e = 0; e < episodes; e++) {
            double f = Math.max(0, Math.min(1, (e - rise) / 20.0));
            c[e] = start + f * (end - start) + (noise > 0 ? noise * (2 * r.nextDouble() - 1) : 0);
        }
        return c;
    }
}
