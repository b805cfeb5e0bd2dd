package io.lrpg.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.lrpg.results.ParameterCount;
import io.lrpg.results.RunEpisodes;
import io.lrpg.results.RunId;
import io.lrpg.results.RunRecord;
import java.nio.file.Path;
import java.util.List;

/** Runs built in memory for the report's unit tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A run with the given returns (a non-finite last return marks it diverged), length-1 episodes. */
    static RunCurve run(String environment, String model, String variant, long seed, double[] returns) {
        int n = returns.length;
        boolean diverged = !Double.isFinite(returns[n - 1]);
        int[] lengths = new int[n];
        java.util.Arrays.fill(lengths, 1);
        RunId id = new RunId(environment, model, variant, seed);
        RunEpisodes episodes = new RunEpisodes(id, returns.clone(), lengths, new boolean[n], new boolean[n], diverged);
        RunRecord record = new RunRecord(RunRecord.FORMAT, id, n, n, diverged, 0.0, "2026-01-01T00:00:00Z", "cfg-x",
                JsonNodeFactory.instance.objectNode().put("model", model), true, List.of(),
                new ParameterCount(1, 1, 1), "test", null);
        return new RunCurve(episodes, record, Path.of(id.path() + ".json"));
    }
}
