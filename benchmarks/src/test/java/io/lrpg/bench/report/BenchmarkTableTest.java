package io.lrpg.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table generator reads JMH JSON, takes medians of forks, and prints floors, ratios and targets. */
class BenchmarkTableTest {

    private static List<Measurement> fixture() throws Exception {
        return BenchmarkTable.read(resource("/fixture-results.json"));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(BenchmarkTableTest.class.getResource(name).toURI());
    }

    @Test
    void scoreIsTheMedianOverForksOfEachForksMean() throws Exception {
        Measurement update = fixture().get(0);
        assertEquals("LowRankAgentUpdateBenchmark.update", update.benchmark());
        // fork means 2, 2, 10
        assertEquals(2.0, update.median(), 0.0);
        assertEquals(2.0, update.forkLow(), 0.0);
        assertEquals(10.0, update.forkHigh(), 0.0);
        assertEquals(3, update.forks());
        assertEquals("lowrank", update.model());
        assertEquals("nn", fixture().get(1).model());
        assertEquals("tensor", fixture().stream().filter(m -> m.benchmark().startsWith("Tensor")).findFirst()
                .orElseThrow().model());
    }

    @Test
    void allocationIsReadFromTheGcProfilerSecondaryMetric() throws Exception {
        Measurement act = fixture().get(2);
        assertEquals(0.0, act.allocation(), 0.0);
        assertTrue(Double.isNaN(fixture().get(1).allocation()) || fixture().get(1).allocation() >= 0);
    }

    @Test
    void tableShowsRatioTargetsScalingAndFloors() throws Exception {
        String md = BenchmarkTable.render(fixture(), "fixture-results.json", "cpu: test");
        // nn 500 µs vs lowrank 2 µs: 250×, target met
        assertTrue(md.contains("| pendulum update: lowrank (dense Adam) updates/s ≥ 100 × nn | 250× | yes |"), md);
        // act median of 40, 60, 45 is 45 ns: met; step median 30 ns: not met
        assertTrue(md.contains("| pendulum act (lowrank) ≤ 50 ns | 45.0 ns | yes |"), md);
        assertTrue(md.contains("| pendulum step ≤ 20 ns | 30.0 ns | **no** |"), md);
        // sparse flat (2 → 2), dense grows 4×
        assertTrue(md.contains("| gradient + sparse Adam | 1 | 2.00 | 2.00 | 1.00 |"), md);
        assertTrue(md.contains("| gradient + dense Adam | 1 | 2.00 | 8.00 | 4.00 |"), md);
        // the tensor's own section, sides 4 and 100: dense 3 → 12 µs, sparse 2 → 2.5 µs
        int tensor = md.indexOf("## Scaling: tensor actor update");
        assertTrue(tensor > md.indexOf("## Scaling: actor update"), md);
        assertTrue(md.indexOf("| gradient + dense Adam | 1 | 3.00 | 12.00 | 4.00 |") > tensor, md);
        assertTrue(md.indexOf("| gradient + sparse Adam | 1 | 2.00 | 2.50 | 1.25 |") > tensor, md);
        // pendulum sampleAction floor: D = 2, k = 4 → 4·2 + 2·4 + 2 = 18 flops, 8·2 + 16·4 = 80 bytes
        assertTrue(md.contains("| 18 | 80 |"), md);
        assertTrue(md.contains("cpu: test"));
    }

    @Test
    void tableShowsTheWholeRunPerStepAndTheTrainingLoopTargets() throws Exception {
        String md = BenchmarkTable.render(fixture(), "fixture-results.json", null);
        // single-shot fork medians 8, 6.5, 30 ms → 8 ms per run; the steps of the seeded run, replayed
        long steps = io.lrpg.core.train.PolicyGradientTrainerRunBenchmark.steps(io.lrpg.bench.PaperShape.PENDULUM);
        double ns = 8e6 / steps;
        assertTrue(steps > 10_000, "a 1000-episode pendulum run takes " + steps + " steps");
        assertTrue(md.contains(String.format(java.util.Locale.ROOT,
                "| pendulum | 1000 | %d | 8.00 ms/op [6.50–30.0] | %.1f |", steps, ns)), md);
        assertTrue(md.contains(String.format(java.util.Locale.ROOT,
                "| pendulum training run ≤ 83 ns per environment step (≥ 12 M steps/s) | %.1f ns", ns)), md);
        assertTrue(md.contains("| pendulum update (lowrank, dense Adam) ≤ 2.5 µs | 2.00 µs | yes |"), md);
        assertTrue(md.contains("| pendulum update: lowrank (dense Adam) ≥ 150 × nn | 250× | yes |"), md);
    }

    @Test
    void floorsFollowTheDocumentedFormulas() {
        Floor get = Floor.of("LowRankMatrixBenchmark.get", Map.of("k", "8")).orElseThrow();
        assertEquals(16.0, get.flops(), 0.0);
        assertEquals(128.0, get.bytes(), 0.0);
        Floor dense = Floor.of("LowRankGaussianPolicyScalingBenchmark.update",
                Map.of("k", "2", "side", "100", "adam", "DENSE")).orElseThrow();
        Floor sparse = Floor.of("LowRankGaussianPolicyScalingBenchmark.update",
                Map.of("k", "2", "side", "100", "adam", "SPARSE")).orElseThrow();
        // gradient B(6k + 12) = 100·24 = 2400; Adam 13·(2·100·2 + 1) = 5213 vs 12·(20·2 + 1) = 492
        assertEquals(2400.0 + 5213.0, dense.flops(), 0.0);
        assertEquals(2400.0 + 492.0, sparse.flops(), 0.0);
        assertTrue(Floor.of("EnvironmentStepBenchmark.step", Map.of("env", "pendulum")).isEmpty());
    }
}
