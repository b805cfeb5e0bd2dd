package io.lrpg.cli;

import io.lrpg.analysis.CpSettings;
import io.lrpg.analysis.RankStudy;
import io.lrpg.analysis.RankStudyFiles;
import io.lrpg.analysis.RankStudySettings;
import io.lrpg.analysis.RebuiltRun;
import io.lrpg.analysis.StoredRuns;
import io.lrpg.experiment.Runner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lrpg rank}: the rank study of trained runs ({@link RankStudy}), from their stored parameters, without
 * training.
 */
@Command(name = "rank", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure how low-rank the trained policies are: rebuild every run's policy mean (before its "
                + "transform) and value baseline from its stored parameters (no training), evaluate them on a state "
                + "grid and fit low-rank approximations.",
            "Grids: a low-rank run on its own grids (its matrix is L Rᵀ itself); a tensor run on its own axes (its "
                + "tensor is X itself); a network run on --points points per state dimension over the ranges of the "
                + "low-rank actor grid of the environment's preset.",
            "Layouts: 'matrix' groups the state dimensions into rows and columns as the paper does (pendulum θ × θ̇, "
                + "acrobot (θ₁,θ₂) × (θ̇₁,θ̇₂), Goddard v × (h,m)) and reports the Eckart–Young error e_r of the best "
                + "rank-r approximation, r = 1 … min(15, N, M); 'cp' takes one tensor mode per state dimension and "
                + "reports the relative error of a rank-r CP fit (ALS with line search, best of an SVD start and 2 "
                + "seeded random starts, at most 100 sweeps each), r = 1 … --max-rank. The mean is measured before "
                + "its transform (z, not sigmoid(z) on Goddard); nothing is centred.",
            "Writes OUT/rank-study.csv (environment,model,variant,seed,function,layout,rank,error), "
                + "OUT/singular-values.csv (environment,model,variant,seed,function,index,value) and OUT/rank-study.md "
                + "(medians and IQRs over runs, numerical ranks, one sentence per environment, model and function), "
                + "each atomically. Folders are merged by run identity."})
final class RankCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "DIR",
            description = "A results folder (from 'lrpg train', 'lrpg reproduce'); repeat to merge several.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the study's files.")
    private Path out;

    @Option(names = "--points", paramLabel = "N",
            description = "Points per state dimension of a network run's grid, >= 2 (default: 50 for up to 3 "
                    + "dimensions, 10 for 4, so acrobot's matrix is 100 × 100).")
    private Integer points;

    @Option(names = "--max-rank", paramLabel = "R", defaultValue = "" + RankStudySettings.DEFAULT_MAX_RANK,
            description = "Largest CP rank fitted, > 0 (default: ${DEFAULT-VALUE}).")
    private int maxRank;

    @Option(names = "--workers", paramLabel = "W",
            description = "Functions analysed side by side (default: one per core); results do not depend on it.")
    private Integer workers;

    @Override
    public Integer call() {
        if (maxRank <= 0) {
            throw new UsageException("--max-rank must be > 0, was " + maxRank);
        }
        if (points != null && points < 2) {
            throw new UsageException("--points must be >= 2, was " + points);
        }
        int workerCount = workers == null ? Runner.defaultWorkers() : workers;
        if (workerCount <= 0) {
            throw new UsageException("--workers must be > 0, was " + workerCount);
        }
        OptionalInt gridPoints = points == null ? OptionalInt.empty() : OptionalInt.of(points);
        RankStudySettings settings = new RankStudySettings(gridPoints, maxRank, CpSettings.DEFAULT, workerCount);
        List<RebuiltRun> runs = StoredRuns.load(inputs, gridPoints);
        if (runs.isEmpty()) {
            throw new UsageException("no trained runs in " + inputs + " (expected runs/<env>/<model>/<variant>/"
                    + "seed-<S>.json)");
        }
        RankStudy.Result result = RankStudy.run(runs, settings, progress());
        List<Path> written = RankStudyFiles.write(out, result, settings);
        spec.commandLine().getOut().println("rank study of " + runs.size() + " run(s)"
                + (result.skipped().isEmpty() ? "" : ", " + result.skipped().size() + " function(s) skipped")
                + ": wrote " + written.size() + " files to " + out + " (summary: " + out.resolve("rank-study.md")
                + ")");
        return Lrpg.EXIT_OK;
    }

    /** One line per cell on stderr when a console is attached; silent otherwise. */
    private static RankStudy.Listener progress() {
        if (System.console() == null) {
            return RankStudy.SILENT;
        }
        PrintStream err = System.err;
        return (cell, runs, seconds) -> err.println(String.format(Locale.ROOT, "rank: %s, %d run(s) done (%.1f s)",
                cell, runs, seconds));
    }
}
