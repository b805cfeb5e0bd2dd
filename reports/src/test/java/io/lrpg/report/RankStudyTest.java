package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.report.figure.SvgDocument;
import io.lrpg.results.ResultsFormatException;
import io.lrpg.results.RunId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rank-study figure from a small {@code rank-study.csv}: five runs, both functions, both layouts, ranks 1–4 with
 * error 10^−rank·(1 + seed/10) (median over seeds 0–4: 1.2·10^−rank), and an exact fit (error 0) at rank 5 for the
 * matrix layout, which the log axis cannot show.
 */
class RankStudyTest {

    @TempDir
    Path temp;

    private Path folder() throws Exception {
        Path in = temp.resolve("in");
        ResultsFixtures.write(in, new RunId("pendulum", "lowrank", "paper", 0), new double[] {1, 2, 3});
        StringBuilder csv = new StringBuilder(RankStudy.HEADER + "\n");
        for (String function : List.of("mean", "value")) {
            for (String layout : List.of("matrix", "cp")) {
                for (int seed = 0; seed < 5; seed++) {
                    for (int rank = 1; rank <= 4; rank++) {
                        csv.append(String.format(Locale.ROOT, "pendulum,lowrank,paper,%d,%s,%s,%d,%s%n", seed,
                                function, layout, rank, Math.pow(10, -rank) * (1 + seed / 10.0)));
                    }
                    if (layout.equals("matrix")) {
                        csv.append(String.format(Locale.ROOT, "pendulum,lowrank,paper,%d,%s,matrix,5,0%n", seed,
                                function));
                    }
                }
            }
        }
        Files.writeString(in.resolve(RankStudy.FILE), csv);
        return in;
    }

    @Test
    void medianAndQuartilesOfTheErrorAgainstRankOnALogAxis() throws Exception {
        Path in = folder();
        Path out = temp.resolve("report");
        PaperReport.generate(List.of(in), out, ReportFilesTest.fast());
        SvgDocument svg = SvgDocument.read(out.resolve("rank-study-pendulum.svg"));
        assertEquals(List.of("Pendulum: policy mean", "Pendulum: value function"), svg.texts("title"));
        assertEquals(new LinkedHashSet<>(List.of("low-rank (LRPG), paper, matrix", "low-rank (LRPG), paper, cp")),
                svg.names("series"));
        assertTrue(svg.texts("tick-label").containsAll(List.of("10⁻⁴", "10⁻³", "10⁻²", "10⁻¹")),
                svg.texts("tick-label").toString());
        assertTrue(String.join(" ", svg.texts("legend-label")).contains("median of n = 5 runs; band: 25–75 %"));
        String clipped = String.join(" ", svg.texts("clip-note"));
        assertTrue(clipped.contains("low-rank (LRPG), paper, matrix clipped below"), "the exact fit: " + clipped);
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("## Rank study") && report.contains("![Rank study, pendulum]"
                + "(rank-study-pendulum.png)"), report);

        var panels = RankStudy.read(List.of(in)).panels("pendulum");
        var matrix = panels.get(0).curves().stream().filter(c -> c.name().endsWith("matrix")).findFirst()
                .orElseThrow();
        assertEquals(1.2e-2, matrix.centre()[1], 1e-15, "rank 2: median of 1.0, 1.1, …, 1.4 × 10⁻²");
        assertEquals(1.1e-2, matrix.lower()[1], 1e-15);
        assertEquals(1.3e-2, matrix.upper()[1], 1e-15);
    }

    @Test
    void aMalformedFileIsRefusedNamingItsLine() throws Exception {
        Path in = folder();
        Files.writeString(in.resolve(RankStudy.FILE), RankStudy.HEADER + "\npendulum,lowrank,paper,0,policy,matrix,1,"
                + "0.1\n");
        ResultsFormatException e = assertThrows(ResultsFormatException.class,
                () -> PaperReport.generate(List.of(in), temp.resolve("r"), ReportFilesTest.fast()));
        assertTrue(e.getMessage().contains("rank-study.csv:2: function must be mean or value"), e.getMessage());
        Files.writeString(in.resolve(RankStudy.FILE), "environment,model,variant,seed,rank,error\n");
        e = assertThrows(ResultsFormatException.class,
                () -> PaperReport.generate(List.of(in), temp.resolve("r"), ReportFilesTest.fast()));
        assertTrue(e.getMessage().contains("rank-study.csv:1: header is"), e.getMessage());
        assertFalse(Files.exists(temp.resolve("r")), "nothing written");
    }
}
