package io.lrpg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.lowrank.LowRankMatrixBenchmark;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * CI smoke run: the annotation processor produced a runnable benchmark list and one fast benchmark runs
 * in-process and reports a result. Its value is not checked (CI machines are not measuring machines).
 */
class SmokeRunTest {

    @Test
    void oneFastBenchmarkRunsInProcessAndReportsAResult() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(LowRankMatrixBenchmark.class.getName() + ".get")
                .param("k", "2")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .verbosity(VerboseMode.SILENT)
                .shouldFailOnError(true)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertEquals(1, results.size());
        RunResult result = results.iterator().next();
        assertEquals("2", result.getParams().getParam("k"));
        assertTrue(result.getPrimaryResult().getSampleCount() > 0, "no measurement came back");
        assertFalse(result.getPrimaryResult().getLabel().isEmpty());
    }
}
