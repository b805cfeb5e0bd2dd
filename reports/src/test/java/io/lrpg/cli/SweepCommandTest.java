package io.lrpg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.results.SweepRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code lrpg sweep}: the grid of variants, its record, resume, and bad input. */
class SweepCommandTest {

    @TempDir
    Path temp;

    private List<String> sweep(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "--env", "pendulum", "--models", "lowrank,nn",
                "--runs", "2", "--set", "episodes=20", "--out", out.toString()));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void aSweepTrainsEveryPointOnceAndRecordsItsDefinition() throws Exception {
        Path out = temp.resolve("out");
        CliRun first = CliRun.of(sweep(out, "--ranks", "1,4", "--buckets", "4x4,10x10")).ok();
        // lowrank: 2 ranks × 2 grids; nn: neither axis applies, so one point
        assertTrue(first.out().startsWith("sweep sweep on pendulum: 5 variant(s) x 2 run(s), shard 1/1: 0 of 10 runs"),
                first.out());
        SweepRecord record = SweepRecord.readAll(out).get(0);
        assertEquals(List.of("rank", "buckets"), record.axes().stream().map(SweepRecord.Axis::key).toList());
        assertEquals(5, record.points().size());
        assertEquals("nn", record.points().get(4).model());
        assertTrue(record.points().get(4).values().isEmpty());
        SweepRecord.Point point = record.points().get(1);
        assertEquals(java.util.Map.of("rank", "1", "buckets", "10x10"), point.values());
        assertTrue(Files.exists(out.resolve("runs/pendulum/lowrank/" + point.variant() + "/seed-1.json")));
        CliRun again = CliRun.of(sweep(out, "--ranks", "1,4", "--buckets", "4x4,10x10")).ok();
        assertTrue(again.out().contains("10 of 10 runs already done, 0 to train"), again.out());
        CliRun.of(sweep(out, "--ranks", "1,2")).usageError("defines another sweep named sweep");
        CliRun.of(sweep(out, "--ranks", "1,2", "--name", "ranks")).ok();
        assertEquals(2, SweepRecord.readAll(out).size());
    }

    @Test
    void theRankFourPointOfThePaperGridIsThePaperVariant() {
        Path out = temp.resolve("out");
        CliRun.of("sweep", "--env", "pendulum", "--models", "lowrank", "--runs", "1", "--ranks", "2,4",
                "--set", "episodes=1000", "--out", out.toString()).ok();
        assertTrue(Files.exists(out.resolve("runs/pendulum/lowrank/paper/seed-0.json")),
                "rank 4 with the paper's grids and episodes is the paper's variant");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--ranks||axis rank has an empty value",
        "--ranks|1,,2|axis rank has an empty value",
        "--ranks|2,2|axis rank repeats a value",
        "--ranks|0,2|lowrank at {rank=0}: invalid value for rank=0",
        "--axis|hidden=8,16|hidden is both an axis and fixed by --set",
        "--axis|colour=1,2|unknown setting 'colour' on an axis",
        "--axis|rank=1,2|axis rank is given twice"})
    void badAxesExit2AndWriteNothing(String option, String value, String message) {
        Path out = temp.resolve("out");
        List<String> args = new ArrayList<>(List.of("sweep", "--env", "pendulum", "--models", "lowrank,nn",
                "--out", out.toString(), option, value == null ? "" : value));
        if (option.equals("--axis") && value.startsWith("hidden")) {
            args.addAll(List.of("--set", "hidden=8"));
        }
        if (value != null && value.equals("rank=1,2")) {
            args.addAll(List.of("--ranks", "3"));
        }
        CliRun.of(args).usageError(message);
        assertFalse(Files.exists(out), "nothing may be written");
    }

    @Test
    void aSweepWithoutAxesOrWithTooManyVariantsIsRefused() {
        Path out = temp.resolve("out");
        CliRun.of("sweep", "--env", "acrobot", "--models", "lowrank", "--out", out.toString())
                .usageError("needs at least one axis");
        CliRun.of("sweep", "--env", "acrobot", "--models", "nn", "--ranks", "1,2", "--out", out.toString())
                .usageError("axis rank applies to none of the models [nn]");
        String ranks = IntStream.rangeClosed(1, 101).mapToObj(Integer::toString).collect(Collectors.joining(","));
        String gammas = IntStream.range(0, 100).mapToObj(i -> Double.toString(0.5 + i / 1000.0))
                .collect(Collectors.joining(","));
        CliRun.of("sweep", "--env", "acrobot", "--models", "lowrank", "--ranks", ranks, "--axis", "gamma=" + gammas,
                "--out", out.toString()).usageError("10100 variants", "--yes");
        assertFalse(Files.exists(out));
    }
}
