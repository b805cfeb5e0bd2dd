package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.cli.Lrpg;
import io.lrpg.experiment.EpisodesCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Writes synthetic results for two models × two environments and runs {@code lrpg report} on them. */
class ReportEndToEndTest {

    private static final int RUNS = 8;
    private static final int EPISODES = 1000; // the paper's pendulum and acrobot length, so every claim is checked

    @TempDir
    Path temp;

    private static int episodesPerRun = EPISODES;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int lrpg(String... args) {
        CommandLine cli = new CommandLine(new Lrpg());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /**
     * One cell: returns 10 (+ noise) before a run's jump episode, {@code plateau} (+ noise) from it on. Pendulum:
     * lowrank jumps near 30, nn near 90, lowrank ends higher. Acrobot: lowrank never gets past 50, nn jumps near 30.
     */
    private static void cell(StringBuilder csv, String env, String model, int jump, double plateau, long seed0) {
        SplittableRandom random = new SplittableRandom(seed0);
        for (int run = 0; run < RUNS; run++) {
            int runJump = jump + random.nextInt(7) - 3;
            for (int e = 0; e < episodesPerRun; e++) {
                double value = (e < runJump ? 10 : plateau) + 0.1 * random.nextDouble();
                csv.append(env).append(',').append(model).append(',').append(run).append(',').append(seed0 + run)
                        .append(',').append(e).append(',').append(value).append(",100,0,1,0\n");
            }
        }
    }

    private Path results() throws IOException {
        return results(EPISODES);
    }

    private Path results(int episodes) throws IOException {
        episodesPerRun = episodes;
        Path folder = temp.resolve("results-" + episodes);
        StringBuilder a = new StringBuilder(EpisodesCsv.HEADER + "\n");
        cell(a, "pendulum", "lowrank", 30, 99.5, 100);
        cell(a, "pendulum", "nn", 90, 98.9, 200);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("episodes.csv"), a);
        StringBuilder b = new StringBuilder(EpisodesCsv.HEADER + "\n");
        cell(b, "acrobot", "lowrank", 30, 50, 300);
        Files.createDirectories(folder.resolve("runs/acrobot/lowrank"));
        Files.writeString(folder.resolve("runs/acrobot/lowrank/run-all.csv"), b);
        StringBuilder c = new StringBuilder(EpisodesCsv.HEADER + "\n");
        cell(c, "acrobot", "nn", 30, 94, 400);
        Files.createDirectories(folder.resolve("runs/acrobot/nn"));
        Files.writeString(folder.resolve("runs/acrobot/nn/run-all.csv"), c);
        Files.writeString(folder.resolve("manifest.json"), "{\"command\":\"lrpg reproduce --profile smoke\","
                + "\"createdAt\":\"2026-11-25T12:00:00Z\",\"provenance\":{\"gitCommit\":\"0123abc\",\"gitDirty\":false,"
                + "\"java\":\"Eclipse Adoptium OpenJDK 17.0.15\",\"os\":\"Linux 6.1 amd64\",\"processors\":2,"
                + "\"host\":\"ci-runner\"},\"runs\":[],\"wallSeconds\":12.5}");
        return folder;
    }

    @Test
    void claimsOfRunsShorterThanThePapersAreNotChecked() throws IOException {
        Path in = results(200);
        Path report = temp.resolve("short-report");
        assertEquals(0, lrpg("report", "--in", in.toString(), "--out", report.toString(), "--resamples", "200",
                "--ratio-resamples", "50"), err.toString());
        List<String> rows = Files.readAllLines(report.resolve("claims.csv")).stream()
                .filter(l -> l.contains("final return") || l.contains("fewer episodes")).toList();
        assertEquals(4, rows.size(), rows::toString);
        for (String row : rows) {
            List<String> f = parseCsv(row);
            assertEquals("not checked", f.get(6), row);
            assertTrue(f.get(7).contains("runs of 200 episodes, the paper trains 1000"), row);
        }
    }

    @Test
    void reportRebuildsClaimsSummaryAndFigureFromRawResults() throws IOException {
        Path in = results();
        Path report = temp.resolve("report");
        assertEquals(0, lrpg("report", "--in", in.toString(), "--out", report.toString(), "--resamples", "500",
                "--ratio-resamples", "100"), err.toString());
        for (String name : List.of("report.md", "claims.md", "claims.csv", "summary.csv", "parameters.csv",
                "curves.csv", "figure.png", "figure.svg", "figure-pendulum.png", "figure-pendulum.svg",
                "figure-acrobot.png", "figure-acrobot.svg")) {
            assertTrue(Files.size(report.resolve(name)) > 0, name);
        }
        assertPng(report.resolve("figure.png"));
        assertPng(report.resolve("figure-acrobot.png"));
        assertSvg(report.resolve("figure.svg"));
        assertSvg(report.resolve("figure-pendulum.svg"));

        Map<String, String> verdicts = new TreeMap<>();
        List<String> lines = Files.readAllLines(report.resolve("claims.csv"));
        assertEquals("claim,environment,paper,measured,lower,upper,verdict,basis", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = parseCsv(line);
            assertEquals(8, f.size(), line);
            verdicts.put(f.get(1) + " | " + f.get(0), f.get(6));
        }
        Map<String, String> expected = new TreeMap<>(Map.of(
                "pendulum | parameter ratio 4–6 % (paper-legend counts)", "reproduced",
                "pendulum | parameter ratio 4–6 % (true counts)", "reproduced",
                "acrobot | parameter ratio 4–6 % (paper-legend counts)", "reproduced",
                "acrobot | parameter ratio 4–6 % (true counts)", "not reproduced",
                "goddard | parameter ratio 4–6 % (paper-legend counts)", "reproduced",
                "goddard | parameter ratio 4–6 % (true counts)", "reproduced",
                "pendulum | final return similar or better (lowrank vs nn)", "reproduced",
                "acrobot | final return similar or better (lowrank vs nn)", "not reproduced",
                "pendulum | fewer episodes: nn/lowrank episodes, median first reaches 90", "reproduced",
                "acrobot | fewer episodes: nn/lowrank episodes, median first reaches 90", "not reproduced"));
        assertEquals(expected, verdicts);

        String md = Files.readString(report.resolve("report.md"));
        assertTrue(md.contains("The inputs differ from the paper's protocol"), md);
        assertTrue(md.contains("pendulum/lowrank: 8 runs; the paper uses 100."), md);
        assertTrue(md.contains("goddard: no results."), md);
        assertTrue(md.contains("0123abc") && md.contains("ci-runner") && md.contains("OpenJDK 17.0.15"), md);
        assertTrue(md.contains("![Learning curves](figure.png)"), md);
        assertTrue(md.contains("| pendulum | lowrank | 8 | 100–107 |"), md);

        List<String> summary = Files.readAllLines(report.resolve("summary.csv"));
        assertEquals(5, summary.size());
        assertTrue(summary.get(1).startsWith("pendulum,lowrank,8,0," + EPISODES + ","), summary.get(1));
        assertEquals(1 + 4 * EPISODES, Files.readAllLines(report.resolve("curves.csv")).size());
    }

    @Test
    void reportIsReproducible() throws IOException {
        Path in = results();
        assertEquals(0, lrpg("report", "--in", in.toString(), "--out", temp.resolve("r1").toString(),
                "--resamples", "200", "--ratio-resamples", "50"));
        assertEquals(0, lrpg("report", "--in", in.toString(), "--out", temp.resolve("r2").toString(),
                "--resamples", "200", "--ratio-resamples", "50"));
        assertEquals(Files.readString(temp.resolve("r1/claims.csv")), Files.readString(temp.resolve("r2/claims.csv")));
    }

    @Test
    void badInputIsAOneLineErrorWithExitCodeTwo() throws IOException {
        assertEquals(2, lrpg("report", "--in", temp.resolve("absent").toString()));
        assertTrue(err.toString().startsWith("lrpg report: not a readable folder"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());

        Path bad = temp.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("episodes.csv"), EpisodesCsv.HEADER + "\np,nn,0,1,x,1,1,0,0,0\n");
        err.getBuffer().setLength(0);
        assertEquals(2, lrpg("report", "--in", bad.toString()));
        assertTrue(err.toString().contains(bad.resolve("episodes.csv") + ":2:"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, lrpg("report", "--in", results().toString(), "--parameters", "pendulum:1:2"));
        assertTrue(err.toString().contains("ENV:LOWRANK_TRUE:LOWRANK_LEGEND:NN"), err.toString());
        assertEquals(2, lrpg("report"));
    }

    @Test
    void helpDescribesTheCommand() {
        assertEquals(0, lrpg("report", "--help"));
        assertTrue(out.toString().contains("--in=DIR"), out.toString());
    }

    @Test
    void figureWorksWithASingleModelOfOneEnvironment() throws IOException {
        EpisodeBands bands = EpisodeBands.of(List.of(new double[] {0.8, 0.9, 1.1}, new double[] {0.7, 1.0, 1.2}));
        List<Path> files = LearningCurveFigure.write(temp.resolve("fig"), Map.of("goddard", Map.of("nn", bands)));
        assertEquals(4, files.size());
        assertPng(temp.resolve("fig/figure.png"));
        assertSvg(temp.resolve("fig/figure-goddard.svg"));
    }

    private static void assertPng(Path file) throws IOException {
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(file), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head, file.toString());
    }

    private static void assertSvg(Path file) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg") && text.strip().endsWith("</svg>"),
                file.toString());
    }

    /** Minimal RFC 4180 split of one line. */
    private static List<String> parseCsv(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }
}
