package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.report.figure.SvgDocument;
import io.lrpg.report.figure.XUnit;
import io.lrpg.results.EpisodesCsv;
import io.lrpg.results.RunEpisodes;
import io.lrpg.results.RunId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * A whole report of a constructed results folder, read back file by file: pendulum, the variant {@code paper} of
 * both models (12 runs each) and a lowrank variant {@code rank8} (10 runs); early returns below 0 (outside the paper's
 * axis); low-rank seed 3 stuck at 95 from episode 100, network seed 100 007 stuck at 12.5 from episode 120, low-rank
 * seed 5 diverged at episode 150.
 */
class ReportFilesTest {

    @TempDir
    static Path temp;

    static Path in;
    static Path out;
    static List<RunEpisodes> written = new ArrayList<>();

    @BeforeAll
    static void buildReport() {
        in = temp.resolve("in");
        SplittableRandom random = new SplittableRandom(11);
        for (int s = 0; s < 12; s++) {
            double[] lowrank = ResultsFixtures.curve(200, 20 + s, -20, 95, 2, random);
            if (s == 3) {
                Arrays.fill(lowrank, 100, 200, 95.0);
            }
            if (s == 5) {
                lowrank = Arrays.copyOf(lowrank, 151);
                lowrank[150] = Double.NaN;
            }
            written.add(ResultsFixtures.write(in, new RunId("pendulum", "lowrank", "paper", s), lowrank));
            double[] nn = ResultsFixtures.curve(200, 60 + s, -20, 90, 2, random);
            if (s == 7) {
                Arrays.fill(nn, 120, 200, 12.5);
            }
            written.add(ResultsFixtures.write(in, new RunId("pendulum", "nn", "paper", 100_000 + s), nn));
        }
        for (int s = 0; s < 10; s++) {
            written.add(ResultsFixtures.write(in, new RunId("pendulum", "lowrank", "rank8", s),
                    ResultsFixtures.curve(200, 40, 0, 80, 2, random)));
        }
        out = temp.resolve("report");
        PaperReport.generate(List.of(in), out, fast());
    }

    /** Fewer resamples: the numbers are not what these tests check. */
    static ReportSettings fast() {
        return ReportSettings.defaults().withResamples(400).withRatioResamples(100).withCurveResamples(100)
                .withProfileResamples(100);
    }

    private static String joined(SvgDocument svg, String cssClass) {
        return String.join(" ", svg.texts(cssClass));
    }

    @Test
    void stuckAndDivergedRunsAreCountedListedAndInTheClaimsBasis() throws Exception {
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("| pendulum | lowrank | paper | 3 | stuck | 100 | 95.0 |"), report);
        assertTrue(report.contains("| pendulum | nn | paper | 100007 | stuck | 120 | 12.5 |"), report);
        assertTrue(report.contains("| pendulum | lowrank | paper | 5 | diverged | 150 | – |"), report);
        assertTrue(report.contains("| pendulum | lowrank | paper | 12 | 1 | 1 |"), "failure counts: " + report);
        String claims = Files.readString(out.resolve("claims.md"));
        assertTrue(claims.contains("lowrank 12 runs (1 diverged, 1 stuck), nn 12 runs (0 diverged, 1 stuck)"), claims);
        String summary = Files.readString(out.resolve("summary.csv"));
        assertTrue(summary.contains("\npendulum,lowrank,paper,12,1,1,200,"), summary);
        String footnotes = joined(SvgDocument.read(out.resolve("learning-curves-pendulum.svg")), "footnote");
        assertTrue(footnotes.contains("low-rank (LRPG), paper: 1 of 12 diverged, 1 stuck"), footnotes);
        assertTrue(footnotes.contains("network (RVFB), paper: 0 of 12 diverged, 1 stuck"), footnotes);
    }

    @Test
    void finalScoresHaveTheDocumentedColumnsAndOneRowPerRun() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("final-scores.csv"));
        assertEquals("environment,model,variant,seed,episodes,final_return,mean_last_n,last_n,diverged,stuck,"
                + "stuck_since", lines.get(0));
        assertEquals(1 + written.size(), lines.size());
        Map<String, String> bySeed = lines.stream().skip(1).filter(l -> l.startsWith("pendulum,lowrank,paper,"))
                .collect(Collectors.toMap(l -> l.split(",")[3], l -> l));
        assertEquals("pendulum,lowrank,paper,3,200,95.0,95.0,100,0,1,100", bySeed.get("3"));
        assertTrue(bySeed.get("5").startsWith("pendulum,lowrank,paper,5,151,NaN,NaN,100,1,0,-1"), bySeed.get("5"));
        String[] healthy = bySeed.get("0").split(",");
        RunEpisodes run0 = written.get(0);
        assertEquals(run0.finalReturn(), Double.parseDouble(healthy[5]), 0);
        double last100 = Arrays.stream(run0.returns(), 100, 200).sum() / 100;
        assertEquals(last100, Double.parseDouble(healthy[6]), 1e-12);
    }

    @Test
    void episodesCsvIsTheRunStoresFormatWithEveryRun() {
        List<RunEpisodes> read = EpisodesCsv.read(out.resolve("episodes.csv"));
        assertEquals(written.size(), read.size());
        for (RunEpisodes run : written) {
            assertTrue(read.stream().anyMatch(r -> r.sameData(run)), run.toString());
        }
    }

    @Test
    void intervalsProfilesAndEfficiencyHaveTheirHeaders() throws Exception {
        assertEquals(Exports.INTERVALS_HEADER, Files.readAllLines(out.resolve("intervals.csv")).get(0));
        assertEquals("scope,environment,model,variant,score,statistic,method,method_used,estimate,lower,upper,level,"
                + "resamples", Exports.INTERVALS_HEADER);
        assertEquals("panel,model,variant,runs,tau,fraction,lower,upper",
                Files.readAllLines(out.resolve("profiles.csv")).get(0));
        assertEquals("environment,model,variant,runs,smoothing,episode,steps,iqm,lower,upper",
                Files.readAllLines(out.resolve("efficiency.csv")).get(0));
        String intervals = Files.readString(out.resolve("intervals.csv"));
        assertTrue(intervals.contains("cell,pendulum,lowrank,paper,final,IQM,bca,"), intervals);
        assertTrue(intervals.contains("cell,pendulum,lowrank vs nn,paper,final,P(lowrank > nn),percentile,"),
                intervals);
    }

    /** The clean style: every variant, the legend says what each curve and band is and over how many runs. */
    @Test
    void cleanLearningCurvesShowEveryVariantAndClipNothing() throws Exception {
        SvgDocument svg = SvgDocument.read(out.resolve("learning-curves-pendulum.svg"));
        assertEquals(new LinkedHashSet<>(List.of("low-rank (LRPG), paper", "network (RVFB), paper",
                "low-rank (LRPG), rank8")), svg.names("series"));
        String legend = joined(svg, "legend-label");
        assertTrue(legend.contains("low-rank (LRPG), paper — median of n = 12 runs; band: 25–75 % of runs"), legend);
        assertTrue(legend.contains("network (RVFB), paper — median of n = 12 runs"), legend);
        assertTrue(legend.contains("low-rank (LRPG), rank8 — median of n = 10 runs"), legend);
        assertTrue(svg.withClass("clip-mark").isEmpty(), "the clean style clips nothing");
        double[] clip = clipRect(svg);
        for (Element band : svg.withClass("band")) {
            double[] p = SvgDocument.points(band);
            for (int i = 0; i < p.length; i += 2) {
                assertTrue(p[i] >= clip[0] - 0.05 && p[i] <= clip[0] + clip[2] + 0.05
                        && p[i + 1] >= clip[1] - 0.05 && p[i + 1] <= clip[1] + clip[3] + 0.05,
                        "band point " + p[i] + ", " + p[i + 1] + " outside the plot " + Arrays.toString(clip));
            }
        }
        List<Double> yTicks = ticks(svg, false);
        assertTrue(yTicks.get(0) <= -15 && yTicks.get(yTicks.size() - 1) >= 90, "y axis spans the data: " + yTicks);
        assertTrue(Files.size(out.resolve("learning-curves-pendulum.svg")) <= 300_000);
    }

    /** The paper style: the variant paper only, the paper's axis, and what lies outside it marked and footnoted. */
    @Test
    void paperFigureShowsThePaperVariantOnThePaperAxisAndMarksWhatItClips() throws Exception {
        SvgDocument svg = SvgDocument.read(out.resolve("figure-pendulum.svg"));
        assertEquals(new LinkedHashSet<>(List.of("low-rank (LRPG), paper", "network (RVFB), paper")),
                svg.names("series"));
        assertEquals(List.of("(a) Pendulum"), svg.texts("title"));
        List<Double> yTicks = ticks(svg, false);
        assertEquals(0, yTicks.get(0), 0);
        assertEquals(100, yTicks.get(yTicks.size() - 1), 0);
        assertFalse(svg.withClass("clip-mark").isEmpty(), "returns below 0 are marked");
        String notes = joined(svg, "clip-note");
        assertTrue(notes.contains("low-rank (LRPG), paper band clipped below 0"), notes);
        assertTrue(notes.contains("low-rank (LRPG), paper clipped below 0"), "the median too: " + notes);
        assertTrue(Files.size(out.resolve("figure-pendulum.svg")) <= 300_000);
    }

    @Test
    void sampleEfficiencyAndProfilesSayWhatTheirBandsAre() throws Exception {
        SvgDocument efficiency = SvgDocument.read(out.resolve("sample-efficiency-pendulum.svg"));
        String legend = joined(efficiency, "legend-label");
        assertTrue(legend.contains("low-rank (LRPG), paper — IQM of n = 11 runs; band: 95 % bootstrap CI"),
                "the diverged run is left out: " + legend);
        assertEquals(3, efficiency.names("series").size());
        SvgDocument profiles = SvgDocument.read(out.resolve("performance-profiles.svg"));
        assertEquals(List.of("Pendulum", "All environments (normalized)"), profiles.texts("title"));
        assertTrue(joined(profiles, "legend-label").contains("low-rank (LRPG), paper — n = 12 runs"),
                joined(profiles, "legend-label"));
        String report = Files.readString(out.resolve("report.md"));
        for (String figure : List.of("figure.png", "learning-curves.png", "sample-efficiency.png",
                "performance-profiles.png")) {
            assertTrue(report.contains("](" + figure + ")"), figure + " embedded");
            assertTrue(Files.exists(out.resolve(figure)) && Files.exists(out.resolve(figure.replace(".png", ".svg"))));
        }
    }

    @Test
    void stepsOnTheXAxisAreTheMedianStepsTakenSoFar() throws Exception {
        Path steps = temp.resolve("steps");
        PaperReport.generate(List.of(in), steps, fast().withXUnit(XUnit.ENVIRONMENT_STEPS));
        SvgDocument svg = SvgDocument.read(steps.resolve("learning-curves-pendulum.svg"));
        assertTrue(svg.texts("axis-label").contains("Environment steps"), svg.texts("axis-label").toString());
        List<Double> xTicks = ticks(svg, true);
        assertEquals(600, xTicks.get(xTicks.size() - 1), 0, "200 episodes of 3 steps: " + xTicks);
        String efficiency = Files.readString(steps.resolve("efficiency.csv"));
        assertTrue(efficiency.contains("\npendulum,lowrank,paper,11,0,0,3.0,"), "episode 0 took 3 steps");
    }

    /** The plot area of the first panel: its clip rectangle {x, y, width, height}. */
    private static double[] clipRect(SvgDocument svg) {
        Element rect = svg.elements("rect").get(0);
        return new double[] {Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
            Double.parseDouble(rect.getAttribute("width")), Double.parseDouble(rect.getAttribute("height"))};
    }

    /** The numeric tick labels of the first panel's x (horizontal) or y axis, in increasing order. */
    private static List<Double> ticks(SvgDocument svg, boolean horizontal) {
        List<Double> out = new ArrayList<>();
        for (Element e : svg.withClass("tick-label")) {
            if (!((Element) e.getParentNode()).getAttribute("id").equals("panel-0")) {
                continue;
            }
            boolean middle = "middle".equals(e.getAttribute("text-anchor"));
            if (middle == horizontal) {
                out.add(Double.parseDouble(e.getTextContent().replace("\u2009", "").replace("\u202f", "")
                        .replace("\u2212", "-")));
            }
        }
        out.sort(null);
        return out;
    }
}
