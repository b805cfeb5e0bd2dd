package io.lrpg.cli;

import io.lrpg.envs.EnvironmentId;
import io.lrpg.experiment.ModelKind;
import io.lrpg.experiment.Profile;
import io.lrpg.experiment.RunPlan;
import io.lrpg.experiment.RunStore;
import io.lrpg.experiment.Runner;
import io.lrpg.experiment.Shard;
import io.lrpg.report.PaperReport;
import io.lrpg.report.ReportSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lrpg reproduce}: runs the paper's grid (environments × models × seeds) through the runner, resumably and
 * shardably, then builds the report once the whole grid is in the folder.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reproduce the paper's experiment: every environment x model x seed, resumable and shardable.",
            "Finished runs are kept in OUT/runs/ and skipped when the command is run again; once every run of the "
                    + "grid is in OUT, the report is built into --report (not by a shard: merge shards with lrpg report), "
                    + "without the per-episode export episodes.csv (lrpg report writes it).",
            "Seeds: run r of every environment and model has seed SEED + r (the models draw independent streams)."})
final class ReproduceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "quick",
            description = "quick (default: 10 runs, Goddard cut to 6 000 episodes; about 2 minutes on 2 cores) or "
                    + "paper (100 runs, every episode; about 45 minutes).")
    private String profileName;

    @Option(names = "--envs", paramLabel = "ENV", split = ",", converter = EnvironmentIdConverter.class,
            description = "Environments (default: pendulum,acrobot,goddard).")
    private List<EnvironmentId> environments;

    @Option(names = "--models", paramLabel = "MODEL", split = ",", converter = VariantOptions.ModelConverter.class,
            description = "Models (default: lowrank,nn, the paper's; tensor is also accepted).")
    private List<ModelKind> models;

    @Option(names = "--runs", paramLabel = "N", description = "Runs per environment and model (default: the profile's).")
    private Integer runs;

    @Mixin
    private RunOptions runOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/PROFILE).")
    private Path out;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Where the report goes once the whole grid is done (default: reports/paper for quick, "
                    + "reports/paper-full for paper).")
    private Path reportFolder;


    @Override
    public Integer call() {
        Profile profile = parse(() -> Profile.parse(profileName));
        Shard shard = runOptions.shard();
        int runCount = RunOptions.runs(runs == null ? profile.runs() : runs);
        long seed = runOptions.seed();
        int workerCount = runOptions.workers();
        List<EnvironmentId> envs = environments == null
                ? List.of(EnvironmentId.PENDULUM, EnvironmentId.ACROBOT, EnvironmentId.GODDARD)
                : environments.stream().distinct().toList();
        List<ModelKind> kinds = models == null ? ModelKind.paperModels() : models.stream().distinct().toList();
        RunPlan plan = parse(() -> profile.plan(envs, kinds, runCount, seed));
        Path folder = out != null ? out : Path.of("results", profile.id());
        RunStore store = new RunStore(folder);

        PrintWriter writer = spec.commandLine().getOut();
        Runner.Summary summary;
        Runner.Listener announce = new Runner.Listener() {
            @Override
            public void started(Runner.Started s) {
                writer.printf(Locale.ROOT, "%s profile, shard %s: %d of %d runs already done, %d to train, "
                        + "%d worker(s)%n", profile.id(), shard, s.alreadyDone(), s.inShard(), s.toTrain(), s.workers());
                writer.flush();
            }
        };
        try (Interruption interruption = new Interruption("lrpg reproduce", folder, spec.commandLine().getErr())) {
            summary = new Runner(workerCount, commandLine()).run(plan, shard, store,
                    Runner.Listener.all(interruption, announce, TerminalProgress.forConsole("reproduce")));
        }
        long diverged = summary.trained().stream().filter(Runner.RunOutcome::diverged).count();
        writer.printf(Locale.ROOT, "trained %d run(s) in %.1f s (%d diverged); results in %s%n",
                summary.trained().size(), summary.wallSeconds(), diverged, folder.resolve("runs"));

        if (!shard.equals(Shard.ALL)) {
            writer.printf(Locale.ROOT, "shard %s done; once every shard is, build the report from the folder with "
                    + "lrpg report --in %s%n", shard, folder);
            return Lrpg.EXIT_OK;
        }
        long missing = plan.runs().stream().filter(r -> !store.isDone(r)).count();
        if (missing > 0) {
            writer.printf(Locale.ROOT, "%d run(s) of the grid are not in %s yet (other shards?); the report is built "
                    + "when they are: run this command again, or merge folders with lrpg report --in DIR --in DIR%n",
                    missing, folder);
            return Lrpg.EXIT_OK;
        }
        Path reportOut = reportFolder != null ? reportFolder
                : Path.of("reports", profile == Profile.PAPER ? "paper-full" : "paper");
        // the report of a reproduction is committed under reports/: without the per-episode export (tens to
        // hundreds of MB); lrpg report --in FOLDER writes it
        PaperReport.generate(List.of(folder), reportOut,
                ReportSettings.defaults().withEpisodesExport(ReportSettings.EpisodesExport.SKIP));
        writer.println("report: " + reportOut.resolve("report.md"));
        return Lrpg.EXIT_OK;
    }

    private static <T> T parse(java.util.function.Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private String commandLine() {
        return "lrpg " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

}
