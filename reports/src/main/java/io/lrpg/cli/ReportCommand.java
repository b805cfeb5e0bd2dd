package io.lrpg.cli;

import io.lrpg.report.PaperReport;
import io.lrpg.report.ReportSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lrpg report}: rebuilds every table and figure of the report from results folders, without training. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build the report (claims, summary, figures, parameters, provenance) from results folders "
                + "written by 'lrpg train', 'lrpg reproduce' or 'lrpg sweep', without training: a function of the "
                + "result files alone.",
            "Folders are merged by run identity (environment, model, variant, seed): identical copies of a run are "
                + "fine, conflicting ones are an error naming both files. Every variant is drawn and summarized; the "
                + "paper's claims are checked on the variant 'paper' only.",
            "--out may be anywhere, also inside an input folder; an earlier report there is replaced as a whole, a "
                + "folder holding anything else is refused."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "DIR",
            description = "A results folder; repeat to merge several (for example the shards of a reproduction).")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the report (default: <first --in>/report).")
    private Path out;

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
        if (medianResamples < 1 || ratioResamples < 1) {
            throw new UsageException("--resamples and --ratio-resamples must be >= 1");
        }
        ReportSettings settings = new ReportSettings(medianResamples, ratioResamples, seed, 0.95);
        Path target = out != null ? out : inputs.get(0).resolve("report");
        List<Path> written = PaperReport.generate(inputs, target, settings);
        spec.commandLine().getOut().println("wrote " + written.size() + " files to " + target + " (report: "
                + target.resolve("report.md") + ")");
        return Lrpg.EXIT_OK;
    }
}
