package io.lrpg.cli;

import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.reference.Comparison;
import io.lrpg.envs.reference.ReferenceCsv;
import io.lrpg.envs.reference.ReferenceFormatException;
import io.lrpg.envs.reference.ReferenceReplayer;
import io.lrpg.envs.reference.ReferenceTrajectory;
import io.lrpg.envs.reference.ReplayResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lrpg replay FILE... [--env ID]}: replays reference trajectories (the CSV format of the reference
 * README) through the Java environments with {@link ReferenceReplayer}, one line per file. Every file is
 * read before any is replayed, so bad input stops the command before it prints results.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay reference trajectories (CSV) through the Java environments and compare:",
            "one-step (every row from its recorded state, |got - ref| <= 1e-12*max(1,|ref|), float32 "
                    + "observations relative 1e-6, flags exact) and open-loop (from row 0; goddard 1e-12, "
                    + "pendulums 1e-6, acrobots first 50 rows 1e-9).",
            "Exit 0 if every file passes, 1 if any fails, 2 on bad input."})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Reference CSV files; the environment is taken from the name prefix (custom_pendulum_, "
                    + "pendulum_v1_, custom_acrobot_, acrobot_v1_, custom_goddard_) unless --env is given.")
    private List<Path> files;

    @Option(names = "--env", paramLabel = "ID", converter = EnvironmentIdConverter.class,
            description = "Treat every FILE as a trajectory of this environment: ${COMPLETION-CANDIDATES}.")
    private EnvironmentId environment;

    @Override
    public Integer call() {
        List<ReferenceTrajectory> trajectories = new ArrayList<>();
        for (Path file : files) {
            try {
                trajectories.add(environment == null ? ReferenceCsv.read(file) : ReferenceCsv.read(file, environment));
            } catch (ReferenceFormatException e) {
                throw new UsageException(e.getMessage(), e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (ReferenceTrajectory trajectory : trajectories) {
            ReplayResult result = ReferenceReplayer.replay(trajectory);
            out.println(line(result));
            if (!result.passed()) {
                failed++;
            }
        }
        out.printf("%d file(s): %d passed, %d failed%n", trajectories.size(), trajectories.size() - failed, failed);
        return failed == 0 ? Lrpg.EXIT_OK : Lrpg.EXIT_CHECK_FAILED;
    }

    /** {@code PASS file env rows  one-step max … (column row r)  open-loop[n] max …}, and the first failure. */
    static String line(ReplayResult result) {
        StringBuilder text = new StringBuilder()
                .append(result.passed() ? "PASS" : "FAIL")
                .append("  ").append(result.source())
                .append("  ").append(result.format().environment().id())
                .append("  ").append(result.rows()).append(" rows")
                .append("  one-step ").append(summary(result.oneStep()))
                .append("  open-loop[").append(result.openLoop().rows()).append("] ")
                .append(summary(result.openLoop()));
        Comparison failure = !result.oneStep().passed() ? result.oneStep() : result.openLoop();
        failure.firstFailure().ifPresent(first -> text.append("  first failure: ").append(first));
        return text.toString();
    }

    private static String summary(Comparison comparison) {
        StringBuilder text = new StringBuilder("max ").append(scientific(comparison.maxDeviation()));
        if (comparison.worstRow() >= 0) {
            text.append(" (").append(comparison.worstColumn()).append(" row ").append(comparison.worstRow()).append(')');
        }
        if (comparison.maxFloat32Deviation() > 0) {
            text.append(" float32 rel ").append(scientific(comparison.maxFloat32Deviation()));
        }
        if (comparison.flagMismatches() > 0) {
            text.append(" flags differ ").append(comparison.flagMismatches());
        }
        return text.toString();
    }

    private static String scientific(double x) {
        return x == 0.0 ? "0" : String.format(Locale.ROOT, "%.2e", x);
    }
}
