package io.lrpg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lrpg rank}: the files it writes, what they say about a low-rank model, and bad input. */
class RankCommandTest {

    @TempDir
    static Path shared;

    /** Two short low-rank pendulum runs (rank k = 4; actor 10 × 10, critic 16 × 16). */
    private static Path runs;

    @BeforeAll
    static void train() {
        runs = shared.resolve("runs");
        CliRun.of("train", "--env", "pendulum", "--model", "lowrank", "--episodes", "50", "--runs", "2", "--label",
                "short", "--out", runs.toString()).ok();
    }

    @TempDir
    Path temp;

    private static List<String[]> rows(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(line -> line.split(",", -1)).collect(Collectors.toList());
    }

    /**
     * The low-rank model's matrices are L Rᵀ of rank k = 4: the CSV gives e_r ≤ 1e-12 for r ≥ 4 and clearly more
     * below; every layout, rank and run is there, and the singular values are those of the matrices.
     */
    @Test
    void theLowRankModelsMatrixHasNoErrorFromItsRankOn() throws IOException {
        Path out = temp.resolve("rank");
        CliRun run = CliRun.of("rank", "--in", runs.toString(), "--out", out.toString(), "--max-rank", "6").ok();
        assertTrue(run.out().startsWith("rank study of 2 run(s): wrote 3 files to " + out), run.out());
        List<String> lines = Files.readAllLines(out.resolve("rank-study.csv"));
        assertEquals("environment,model,variant,seed,function,layout,rank,error", lines.get(0));
        List<String[]> rows = rows(out.resolve("rank-study.csv"));
        // per run: mean 10 matrix ranks (min(15, 10)) + 6 cp, value 15 (min(15, 16)) + 6 cp
        assertEquals(2 * (10 + 6 + 15 + 6), rows.size());
        int checked = 0;
        for (String[] row : rows) {
            assertEquals("pendulum", row[0]);
            assertEquals("lowrank", row[1]);
            assertEquals("short", row[2]);
            int rank = Integer.parseInt(row[6]);
            double error = Double.parseDouble(row[7]);
            if (row[5].equals("matrix")) {
                if (rank >= 4) {
                    assertTrue(error <= 1e-12, () -> String.join(",", row));
                } else {
                    assertTrue(error > 1e-3, () -> String.join(",", row));
                }
                checked++;
            } else {
                assertEquals("cp", row[5]);
                assertTrue(rank >= 1 && rank <= 6);
                if (rank >= 4) {
                    assertTrue(error <= 1e-8, () -> "CP of a rank-4 matrix: " + String.join(",", row));
                }
            }
        }
        assertEquals(2 * (10 + 15), checked);

        List<String> singular = Files.readAllLines(out.resolve("singular-values.csv"));
        assertEquals("environment,model,variant,seed,function,index,value", singular.get(0));
        assertEquals(1 + 2 * (10 + 16), singular.size());
        for (String line : singular.subList(1, singular.size())) {
            String[] f = line.split(",");
            if (Integer.parseInt(f[5]) > 4) {
                double sigma = Double.parseDouble(f[6]);
                assertTrue(sigma < 1e-12, line); // rank 4: σ_5, σ_6, … vanish
            }
        }
        String md = Files.readString(out.resolve("rank-study.md"));
        assertTrue(md.contains("the model has rank k = 4 and e_4 ≤ 1e-12 in 2 of 2 runs"), md);
        assertTrue(md.contains("### lowrank / short — mean"), md);
        assertTrue(md.contains("### lowrank / short — value"), md);
    }

    @Test
    void resultsDoNotDependOnTheWorkersAndACopiedFolderCountsOnce() throws IOException {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        CliRun.of("rank", "--in", runs.toString(), "--out", one.toString(), "--workers", "1").ok();
        CliRun.of("rank", "--in", runs.toString(), "--in", runs.toString(), "--out", two.toString(), "--workers", "3")
                .ok();
        for (String name : List.of("rank-study.csv", "singular-values.csv", "rank-study.md")) {
            assertEquals(Files.readString(one.resolve(name)), Files.readString(two.resolve(name)), name);
        }
    }

    private Path copyOfRuns() throws IOException {
        Path copy = temp.resolve("copy");
        try (var walk = Files.walk(runs)) {
            for (Path file : walk.toList()) {
                Path target = copy.resolve(runs.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return copy;
    }

    private void assertBadInput(Path out, String... args) {
        CliRun.of(args).usageError();
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void badInputIsOneLineAndWritesNothing() throws IOException {
        Path out = temp.resolve("out");
        Path empty = Files.createDirectories(temp.resolve("empty"));
        CliRun.of("rank", "--in", empty.toString(), "--out", out.toString()).usageError("no trained runs in");
        assertFalse(Files.exists(out));
        CliRun.of("rank", "--in", runs.toString(), "--out", out.toString(), "--max-rank", "0")
                .usageError("--max-rank must be > 0");
        CliRun.of("rank", "--in", runs.toString(), "--out", out.toString(), "--points", "1")
                .usageError("--points must be >= 2");
        CliRun.of("rank", "--in", temp.resolve("missing").toString(), "--out", out.toString())
                .usageError("not a folder");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aParameterFileThatIsMissingOrMisshapenIsNamed() throws IOException {
        Path out = temp.resolve("out");
        String cell = "runs/pendulum/lowrank/short/";

        Path missing = copyOfRuns();
        Path parameters = missing.resolve(cell + "seed-1.model.json");
        Files.delete(parameters);
        CliRun.of("rank", "--in", missing.toString(), "--out", out.toString())
                .usageError(parameters.toString(), "trained parameters missing");
        assertFalse(Files.exists(out));

        // L_μ stored as 8 × 5 (40 numbers, as many as 10 × 4): readable, but not the grid's shape
        Files.writeString(parameters, Files.readString(runs.resolve(cell + "seed-1.model.json"))
                .replaceFirst("\\[\\s*10\\s*,\\s*4\\s*\\]", "[ 8, 5 ]"));
        CliRun.of("rank", "--in", missing.toString(), "--out", out.toString())
                .usageError(parameters.toString(), "'actor.mean.left' has shape [8, 5], expected [10, 4]");
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownModelIsNamed() throws IOException {
        Path out = temp.resolve("out");
        Path copy = copyOfRuns();
        Path foo = Files.createDirectories(copy.resolve("runs/pendulum/foo/short"));
        for (String name : List.of("seed-0.json", "seed-0.model.json")) {
            Files.copy(copy.resolve("runs/pendulum/lowrank/short/" + name), foo.resolve(name));
        }
        CliRun.of("rank", "--in", copy.toString(), "--out", out.toString())
                .usageError(foo.resolve("seed-0.json").toString(), "unknown model 'foo'");
        assertFalse(Files.exists(out));
    }

    @Test
    void aRunStoredTwiceWithOtherParametersIsAConflict() throws IOException {
        Path out = temp.resolve("out");
        Path copy = copyOfRuns();
        Path parameters = copy.resolve("runs/pendulum/lowrank/short/seed-0.model.json");
        String text = Files.readString(parameters);
        int logStd = text.indexOf("\"actor.logStd\"");
        int value = text.indexOf("\"values\"", logStd);
        int open = text.indexOf('[', value);
        int close = text.indexOf(']', open);
        Files.writeString(parameters, text.substring(0, open + 1) + " 0.123 " + text.substring(close));
        CliRun.of("rank", "--in", runs.toString(), "--in", copy.toString(), "--out", out.toString())
                .usageError("stored twice with different parameters", parameters.toString());
        assertFalse(Files.exists(out));
    }
}
