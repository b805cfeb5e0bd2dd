package io.lrpg.cli;

import io.lrpg.report.Claim;
import io.lrpg.report.PaperReport;
import io.lrpg.report.ReportSettings;
import io.lrpg.report.figure.XUnit;
import io.lrpg.report.stats.IntervalMethod;
import java.io.PrintWriter;
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

/** {@code lrpg report}: rebuilds every table and figure of the report from results folders, without training. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build the report (claims, per-cell and aggregate statistics with bootstrap intervals, "
                + "figures, exports, parameters, provenance) from results folders written by 'lrpg train', 'lrpg "
                + "reproduce' or 'lrpg sweep', without training: a function of the result files alone.",
            "Folders are merged by run identity (environment, model, variant, seed): identical copies of a run are "
                + "fine, conflicting ones are an error naming both files. Every variant is drawn and summarized; the "
                + "paper's claims are checked on the variant 'paper' only. Sweeps (sweeps/*.json) get heatmaps, a "
                + "rank-study.csv gets its figure.",
            "--out may be anywhere, also inside an input folder; an earlier report there is replaced as a whole, a "
                + "folder holding anything else is refused.",
            "With --check the exit status is 1 if a claim about the results on the variant 'paper' is 'not "
                + "reproduced' (each named on stderr, one line per claim), 0 otherwise; the report is written either "
                + "way. Consistent, inconclusive, too few runs and parameter ratios never fail it."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "DIR",
            description = "A results folder; repeat to merge several (for example the shards of a reproduction).")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the report (default: <first --in>/report).")
    private Path out;

    @Option(names = "--check", description = "Exit 1 if a claim about the results is not reproduced.")
    private boolean check;

    @Option(names = "--x", paramLabel = "UNIT", defaultValue = "episodes",
            description = "x axis of the learning and sample-efficiency curves: episodes or steps "
                    + "(default: ${DEFAULT-VALUE}).")
    private String xUnit;

    @Option(names = "--interval", paramLabel = "METHOD", defaultValue = "percentile",
            description = "Bootstrap interval of the tables and verdicts: percentile or bca (both are in "
                    + "intervals.csv; default: ${DEFAULT-VALUE}).")
    private String interval;

    @Option(names = "--level", paramLabel = "P", defaultValue = "0.95",
            description = "Confidence level of every interval, in (0, 1) (default: ${DEFAULT-VALUE}).")
    private double level;

    @Option(names = "--last", paramLabel = "N", defaultValue = "100",
            description = "N of the score 'mean return over the last N episodes' (default: ${DEFAULT-VALUE}).")
    private int last;

    @Option(names = "--smooth", paramLabel = "H",
            description = "Half-window of the moving average applied to each run before the sample-efficiency "
                    + "curves, for every environment (default: each environment's claim smoothing: Goddard 50, "
                    + "others 0).")
    private Integer smooth;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the bootstraps (default: ${DEFAULT-VALUE}).")
    private long seed = ReportSettings.DEFAULT_SEED;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "10000",
            description = "Bootstrap resamples of the interval estimates (default: ${DEFAULT-VALUE}).")
    private int resamples;

    @Option(names = "--ratio-resamples", paramLabel = "N", defaultValue = "1000",
            description = "Bootstrap resamples of runs for the episodes ratios (default: ${DEFAULT-VALUE}).")
    private int ratioResamples;

    @Option(names = "--curve-resamples", paramLabel = "N", defaultValue = "1000",
            description = "Bootstrap resamples of runs for the sample-efficiency bands (default: ${DEFAULT-VALUE}).")
    private int curveResamples;

    @Option(names = "--profile-resamples", paramLabel = "N", defaultValue = "2000",
            description = "Bootstrap resamples for the performance-profile bands (default: ${DEFAULT-VALUE}).")
    private int profileResamples;

    @Option(names = "--curve-points", paramLabel = "N", defaultValue = "3001",
            description = "Most episodes at which a sample-efficiency band is evaluated; longer curves are decimated "
                    + "to every k-th episode (default: ${DEFAULT-VALUE}).")
    private int curvePoints;

    @Option(names = "--episodes-csv", paramLabel = "WHAT", defaultValue = "write",
            description = "write or skip episodes.csv, every episode of every run (about 360 MB for the paper "
                    + "profile; default: ${DEFAULT-VALUE}).")
    private String episodesCsv;

    @Option(names = "--curves-csv", paramLabel = "WHAT", defaultValue = "write",
            description = "write or skip curves.csv, the median and quartiles of every cell at every episode (51 MB "
                    + "for an 18-variant Goddard sweep; default: ${DEFAULT-VALUE}).")
    private String curvesCsv;

    @Override
    public Integer call() {
        for (int r : new int[] {resamples, ratioResamples, curveResamples, profileResamples}) {
            if (r < 1) {
                throw new UsageException("resamples must be >= 1, was " + r);
            }
        }
        if (!(level > 0 && level < 1)) {
            throw new UsageException("--level must be in (0, 1), was " + level);
        }
        if (last < 1) {
            throw new UsageException("--last must be >= 1, was " + last);
        }
        if (smooth != null && smooth < 0) {
            throw new UsageException("--smooth must be >= 0, was " + smooth);
        }
        if (curvePoints < 2) {
            throw new UsageException("--curve-points must be >= 2, was " + curvePoints);
        }
        ReportSettings settings = new ReportSettings(resamples, ratioResamples, curveResamples, profileResamples, seed,
                level, method(interval), unit(xUnit), last,
                smooth == null ? OptionalInt.empty() : OptionalInt.of(smooth), curvePoints,
                export("--episodes-csv", episodesCsv), export("--curves-csv", curvesCsv));
        Path target = out != null ? out : inputs.get(0).resolve("report");
        long start = System.nanoTime();
        PaperReport.Written written = PaperReport.build(inputs, target, settings);
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "wrote %d files to %s in %.1f s (report: %s)",
                written.written().size(), target, seconds, target.resolve("report.md")));
        if (!check) {
            return Lrpg.EXIT_OK;
        }
        List<Claim> failing = written.report().failingClaims();
        PrintWriter err = spec.commandLine().getErr();
        for (Claim c : failing) {
            err.println("not reproduced: " + c.describe());
        }
        err.flush();
        return failing.isEmpty() ? Lrpg.EXIT_OK : Lrpg.EXIT_CHECK_FAILED;
    }

    private static XUnit unit(String value) {
        return switch (value) {
            case "episodes" -> XUnit.EPISODES;
            case "steps" -> XUnit.ENVIRONMENT_STEPS;
            default -> throw new UsageException("--x must be episodes or steps, was '" + value + "'");
        };
    }

    private static IntervalMethod method(String value) {
        return switch (value) {
            case "percentile" -> IntervalMethod.PERCENTILE;
            case "bca" -> IntervalMethod.BCA;
            default -> throw new UsageException("--interval must be percentile or bca, was '" + value + "'");
        };
    }

    private static ReportSettings.EpisodesExport export(String option, String value) {
        return switch (value) {
            case "write" -> ReportSettings.EpisodesExport.WRITE;
            case "skip" -> ReportSettings.EpisodesExport.SKIP;
            default -> throw new UsageException(option + " must be write or skip, was '" + value + "'");
        };
    }
}
