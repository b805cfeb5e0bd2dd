package io.lrpg.cli;

import io.lrpg.report.PaperReport;
import io.lrpg.report.ParameterCounts;
import io.lrpg.report.PaperReference;
import io.lrpg.report.ReportSettings;
import io.lrpg.report.ResultsFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lrpg report}: rebuilds every table and figure of the reproduction report from raw result folders. */
@Command(name = "report",
        description = {"Rebuild the reproduction report (claims table, summary, figure, provenance) from result "
                + "folders written by 'lrpg train' or 'lrpg reproduce', without training.",
            "Reads every episodes.csv, runs/**/*.csv and manifest.json under each --in folder.",
            "Writes report.md, claims.md, claims.csv, summary.csv, parameters.csv, curves.csv, figure.png, "
                + "figure.svg and figure-<environment>.png/.svg into --out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "2:bad input (missing folder, no results, malformed file)"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--in", required = true, paramLabel = "DIR",
            description = "A result folder; repeat to merge several (identical duplicate runs are merged).")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the report (default: <first --in>/report).")
    private Path out;

    @Option(names = "--parameters", paramLabel = "ENV:LR_TRUE:LR_LEGEND:NN", split = ";",
            description = "Parameter counts for the parameter-ratio claim, for example pendulum:208:160:4098 "
                    + "(default: the counts of the paper's shapes: pendulum:208:160:4098, acrobot:32:16:386, "
                    + "goddard:80:80:1282).")
    private List<String> parameters = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the bootstraps (default: ${DEFAULT-VALUE}).")
    private long seed = ReportSettings.DEFAULT_SEED;

    @Option(names = "--resamples", paramLabel = "N",
            description = "Bootstrap resamples for the median final return (default: ${DEFAULT-VALUE}).")
    private int medianResamples = 10_000;

    @Option(names = "--ratio-resamples", paramLabel = "N",
            description = "Bootstrap resamples of runs for the episodes ratio (default: ${DEFAULT-VALUE}).")
    private int ratioResamples = 1_000;

    @Override
    public Integer call() {
        List<ParameterCounts> counts = new ArrayList<>();
        try {
            for (String p : parameters) {
                counts.add(ParameterCounts.parse(p));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--parameters: " + e.getMessage());
        }
        if (medianResamples < 1 || ratioResamples < 1) {
            throw new ParameterException(spec.commandLine(), "--resamples and --ratio-resamples must be >= 1");
        }
        ReportSettings settings = new ReportSettings(medianResamples, ratioResamples, seed, 0.95,
                counts.isEmpty() ? PaperReference.PARAMETER_COUNTS : counts);
        Path target = out != null ? out : inputs.get(0).resolve("report");
        List<Path> written;
        try {
            written = PaperReport.generate(inputs, target, settings);
        } catch (ResultsFormatException | java.io.UncheckedIOException e) {
            // one line, no usage help: the problem is in the files, not in the command line
            spec.commandLine().getErr().println("lrpg report: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        spec.commandLine().getOut().println("wrote " + written.size() + " files to " + target + " (report: "
                + target.resolve("report.md") + ")");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
