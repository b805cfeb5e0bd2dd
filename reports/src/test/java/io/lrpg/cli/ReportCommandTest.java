package io.lrpg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.report.ResultsFixtures;
import io.lrpg.results.RunId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lrpg report --check}: its exit status follows the claims about the results, and it names the failures. */
class ReportCommandTest {

    @TempDir
    Path temp;

    /**
     * 100 pendulum runs of each model, the variant paper, 100 episodes. Each run rises from −20 at episode
     * {@code rise ± 2} (reaching 90 about 19 episodes later) to {@code end}, low-rank then dropping to
     * {@code lowrankLate} from episode 70 on.
     */
    private Path results(String name, int lowrankRise, double lowrankEnd, double lowrankLate, int nnRise,
            double nnEnd) {
        Path folder = temp.resolve(name);
        SplittableRandom random = new SplittableRandom(5);
        for (int s = 0; s < 100; s++) {
            double[] lowrank = ResultsFixtures.curve(100, lowrankRise + random.nextInt(5) - 2, -20, lowrankEnd, 1,
                    random);
            for (int e = 70; e < 100; e++) {
                lowrank[e] = lowrankLate + random.nextDouble();
            }
            ResultsFixtures.write(folder, new RunId("pendulum", "lowrank", "paper", s), lowrank);
            ResultsFixtures.write(folder, new RunId("pendulum", "nn", "paper", 100_000 + s),
                    ResultsFixtures.curve(100, nnRise + random.nextInt(5) - 2, -20, nnEnd, 1, random));
        }
        return folder;
    }

    private CliRun report(Path in, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "--in", in.toString(), "--out",
                in.resolve("report").toString(), "--resamples", "2000", "--ratio-resamples", "300",
                "--curve-resamples", "100", "--profile-resamples", "100", "--episodes-csv", "skip"));
        args.addAll(List.of(extra));
        return CliRun.of(args);
    }

    /** The network clearly better at the end (P(lowrank > nn) ≈ 0 at 100 runs a side): exit 1, the claim named. */
    @Test
    void checkFailsWhenTheNetworkIsClearlyBetterAtTheEnd() throws IOException {
        Path in = results("worse", 5, 98, 50, 53, 97);
        CliRun run = report(in, "--check");
        assertEquals(Lrpg.EXIT_CHECK_FAILED, run.exitCode(), run::toString);
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("not reproduced: pendulum: final return similar or better "
                + "(lowrank vs nn) — measured P(lowrank > nn) = 0.000 [0.000, 0.000]")), run.err());
        List<String> failing = Files.readAllLines(in.resolve("report/claims.csv")).stream()
                .filter(l -> l.contains(",results,") && l.contains(",not reproduced,")).toList();
        assertEquals(failing.size(), lines.size(), "one stderr line per failing claim: " + run.err());
        assertTrue(run.out().startsWith("wrote "), run.out());
        assertTrue(Files.readString(in.resolve("report/report.md")).contains("fails (exit 1)"));
        // without --check the same inputs exit 0
        assertEquals(Lrpg.EXIT_OK, report(in).exitCode());
    }

    /** Low-rank reaches 90 about 2.9 times sooner and ends as high: exit 0, nothing on stderr. */
    @Test
    void checkPassesWhenTheClaimsHold() throws IOException {
        Path in = results("better", 5, 99, 99, 53, 98);
        CliRun run = report(in, "--check");
        assertEquals(Lrpg.EXIT_OK, run.exitCode(), run::toString);
        assertEquals("", run.err());
        String claims = Files.readString(in.resolve("report/claims.csv"));
        assertTrue(claims.contains("final return similar or better (lowrank vs nn),pendulum,results,"), claims);
        assertTrue(claims.lines().filter(l -> l.contains(",results,")).noneMatch(l -> l.contains(",not reproduced,")),
                claims);
    }

    @Test
    void badOptionsAreUsageErrors() {
        Path in = temp.resolve("none");
        report(in, "--x", "minutes").usageError("--x must be episodes or steps");
        report(in, "--interval", "normal").usageError("--interval must be percentile or bca");
        report(in, "--level", "1.5").usageError("--level must be in (0, 1)");
        CliRun.of("report", "--in", in.toString(), "--episodes-csv", "maybe")
                .usageError("--episodes-csv must be write or skip");
        CliRun.of("report", "--in", in.toString(), "--curves-csv", "no")
                .usageError("--curves-csv must be write or skip, was 'no'");
    }

    /** --curves-csv skip leaves curves.csv out and report.md says so; by default it is written. */
    @Test
    void curvesCsvCanBeLeftOut() throws IOException {
        Path in = results("curves", 5, 99, 99, 53, 98);
        report(in, "--curves-csv", "skip").ok();
        assertFalse(Files.exists(in.resolve("report/curves.csv")));
        assertTrue(Files.readString(in.resolve("report/report.md")).contains("`curves.csv` (the per-episode median and "
                + "quartiles of every cell) was left out of this folder (`--curves-csv skip`)"));
        report(in).ok();
        assertTrue(Files.readAllLines(in.resolve("report/curves.csv")).size() > 100);
    }
}
