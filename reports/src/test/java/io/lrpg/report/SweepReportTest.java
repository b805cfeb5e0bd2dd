package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.report.figure.SvgDocument;
import io.lrpg.results.ParameterCount;
import io.lrpg.results.RunId;
import io.lrpg.results.SweepRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Sweep heatmaps from a tiny sweep built with the results API: rank {2, 4} × buckets {4x4, 10x10} for the low-rank
 * model (rank 4 on 10x10 is the paper's setting, variant {@code paper}) and the network, to which no axis applies.
 * Every run of a point is the same curve: 0 until episode 10·rank, then linear over 20 episodes to
 * 90 + rank (+ 5 on 10x10), so the median final return is that, and the median reaches 90 % of its rise at episode
 * 10·rank + 18, i.e. after 10·rank + 19 episodes.
 */
class SweepReportTest {

    @TempDir
    Path temp;

    private static String variant(String rank, String buckets) {
        return rank.equals("4") && buckets.equals("10x10") ? "paper" : "r" + rank + "-b" + buckets;
    }

    private static double end(String rank, String buckets) {
        return 90 + Integer.parseInt(rank) + (buckets.equals("10x10") ? 5 : 0);
    }

    private Path sweep(String name, List<SweepRecord.Axis> axes) {
        Path folder = temp.resolve(name);
        List<SweepRecord.Point> points = new ArrayList<>();
        List<String> buckets = axes.size() > 1 ? axes.get(1).values() : List.of("10x10");
        for (String rank : axes.get(0).values()) {
            for (String b : buckets) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("rank", rank);
                if (axes.size() > 1) {
                    values.put("buckets", b);
                }
                String v = variant(rank, b);
                points.add(new SweepRecord.Point("lowrank", values, v));
                int k = Integer.parseInt(rank);
                int cells = b.equals("10x10") ? 10 : 4;
                for (int s = 0; s < 10; s++) {
                    double[] returns = ResultsFixtures.curve(150, 10 * k, 0, end(rank, b), 0, null);
                    int[] lengths = new int[150];
                    Arrays.fill(lengths, 1);
                    ResultsFixtures.write(folder, new RunId("pendulum", "lowrank", v, s), returns, lengths,
                            new ParameterCount(2L * cells * k, 2L * cells * k, 1));
                }
            }
        }
        points.add(new SweepRecord.Point("nn", Map.of(), "paper"));
        for (int s = 0; s < 10; s++) {
            ResultsFixtures.write(folder, new RunId("pendulum", "nn", "paper", s),
                    ResultsFixtures.curve(150, 70, 0, 97, 0, null));
        }
        new SweepRecord(SweepRecord.FORMAT, name, "pendulum", axes, Map.of("episodes", "150"), points, 10, 0)
                .write(folder);
        return folder;
    }

    @Test
    void twoAxesGiveHeatmapsWithThePaperSettingFramedAndATable() throws Exception {
        Path in = sweep("grid", List.of(new SweepRecord.Axis("rank", List.of("2", "4")),
                new SweepRecord.Axis("buckets", List.of("4x4", "10x10"))));
        Path out = temp.resolve("report");
        PaperReport.generate(List.of(in), out, ReportFilesTest.fast());

        SvgDocument svg = SvgDocument.read(out.resolve("sweep-grid-lowrank.svg"));
        assertEquals(List.of("Median final return", "Episodes to 90 % of the rise", "Parameters (actor + critic)"),
                svg.texts("title"));
        assertEquals(12, svg.withClass("band").size(), "2 × 2 cells in each of 3 heatmaps");
        // rank 4 is column 1, 10x10 row 1: its frame, four sides, in each heatmap
        List<String> frames = svg.withClass("series").stream().map(e -> e.getAttribute("data-name")).toList();
        assertEquals(12, frames.size());
        assertTrue(frames.stream().allMatch(n -> n.startsWith("mark 1,1 ")), frames.toString());
        assertTrue(String.join(" ", svg.texts("legend-label")).contains("frame: the paper's setting"));
        assertTrue(Files.readString(out.resolve("sweep-grid-lowrank.svg")).contains("the framed cell is the paper's "
                + "setting"));
        List<String> ticks = svg.texts("tick-label");
        assertTrue(ticks.containsAll(List.of("2", "4", "4x4", "10x10")), ticks.toString());
        assertTrue(svg.texts("axis-label").containsAll(List.of("rank", "buckets")), svg.texts("axis-label").toString());
        List<String> notes = svg.texts("note");
        // median finals 92, 97 (rank 2), 94, 99 (rank 4); episodes 39 (rank 2), 59 (rank 4); parameters
        // (2 + 2)·cells·rank: 32, 80 (rank 2), 64, 160 (rank 4)
        assertTrue(notes.containsAll(List.of("92.00", "97.00", "94.00", "99.00", "39", "59", "32", "80", "64",
                "160")), notes.toString());
        assertFalse(Files.exists(out.resolve("sweep-grid-nn.svg")), "no axis applies to the network: table only");

        List<String> csv = Files.readAllLines(out.resolve("sweep-grid.csv"));
        assertEquals("model,variant,paper,rank,buckets,runs,median_final,median_final_lower,median_final_upper,"
                + "episodes_to_90pct_rise,parameters", csv.get(0));
        assertTrue(csv.contains("lowrank,paper,1,4,10x10,10,99.0,99.0,99.0,59,160"), csv.toString());
        assertTrue(csv.contains("nn,paper,1,,,10,97.0,97.0,97.0,89,4098"), csv.toString());
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("![Sweep grid, lowrank](sweep-grid-lowrank.png)"), report);
        assertTrue(report.contains("| 4 | 10x10 | **paper** | 10 | 99.00 [99.00, 99.00] | 59 | 160 |"), report);
        assertTrue(report.contains("### Sweep grid: pendulum, network (RVFB)"), report);
    }

    @Test
    void oneAxisGivesAOneRowHeatmap() throws Exception {
        Path in = sweep("ranks", List.of(new SweepRecord.Axis("rank", List.of("2", "4", "8"))));
        Path out = temp.resolve("report");
        PaperReport.generate(List.of(in), out, ReportFilesTest.fast());
        SvgDocument svg = SvgDocument.read(out.resolve("sweep-ranks-lowrank.svg"));
        assertEquals(9, svg.withClass("band").size(), "1 × 3 cells in each of 3 heatmaps");
        for (Element band : svg.withClass("band")) {
            assertTrue(band.getAttribute("data-name").startsWith("cell 0,"), band.getAttribute("data-name"));
        }
        // 10x10 throughout: 90 + rank + 5
        assertTrue(svg.texts("note").containsAll(List.of("97.00", "99.00", "103.00", "80", "160", "320")),
                svg.texts("note").toString());
    }

    /** A sweep without the paper's point (here ranks 2 and 8 only) frames nothing, and its caption says so. */
    @Test
    void aSweepWithoutThePaperPointFramesNothingAndSaysSo() throws Exception {
        Path in = sweep("off-paper", List.of(new SweepRecord.Axis("rank", List.of("2", "8"))));
        Path out = temp.resolve("report");
        PaperReport.generate(List.of(in), out, ReportFilesTest.fast());
        SvgDocument svg = SvgDocument.read(out.resolve("sweep-off-paper-lowrank.svg"));
        assertTrue(svg.withClass("series").isEmpty(), "no frame");
        String text = Files.readString(out.resolve("sweep-off-paper-lowrank.svg"));
        assertTrue(text.contains("no point is the paper's setting (none is framed)"), text);
        assertFalse(text.contains("the framed cell is the paper's setting"), text);
    }

    @Test
    void withoutSweepsOrRankStudyTheReportHasNeitherSection() throws Exception {
        Path in = temp.resolve("plain");
        for (int s = 0; s < 3; s++) {
            ResultsFixtures.write(in, new RunId("pendulum", "lowrank", "paper", s),
                    ResultsFixtures.curve(50, 5, 0, 90, 0, null));
        }
        Path out = temp.resolve("report");
        List<Path> files = PaperReport.generate(List.of(in), out, ReportFilesTest.fast());
        String report = Files.readString(out.resolve("report.md"));
        assertFalse(report.contains("## Sweeps"));
        assertFalse(report.contains("## Rank study"));
        assertTrue(files.stream().noneMatch(p -> p.getFileName().toString().startsWith("sweep-")
                || p.getFileName().toString().startsWith("rank-study")), files.toString());
    }
}
