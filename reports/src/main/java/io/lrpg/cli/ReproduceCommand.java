package io.lrpg.cli;

import io.lrpg.envs.EnvironmentId;
import io.lrpg.experiment.ExperimentGrid;
import io.lrpg.experiment.ExperimentRunner;
import io.lrpg.experiment.Manifest;
import io.lrpg.experiment.ModelKind;
import io.lrpg.experiment.Models;
import io.lrpg.envs.presets.PaperPreset;
import io.lrpg.envs.presets.PaperPresets;
import io.lrpg.experiment.Profile;
import io.lrpg.experiment.Provenance;
import io.lrpg.experiment.RunResult;
import io.lrpg.experiment.RunSpec;
import io.lrpg.experiment.RunStore;
import io.lrpg.experiment.Shard;
import io.lrpg.report.PaperReport;
import io.lrpg.report.ReportSettings;
import io.lrpg.report.ResultsFormatException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lrpg reproduce}: runs the paper's experiment grid (environments × models × runs), resumably.
 *
 * <p>Each run is written to {@code OUT/runs/<env>/<model>/run-NNN.{csv,json}} atomically as soon as it
 * finishes; running the same command again skips the runs already done, so killing the process loses at
 * most the runs in flight, and the results equal those of an uninterrupted run (each run depends only on
 * its seed). {@code --shard I/N} runs a deterministic 1/N of the grid. At the end {@code OUT/manifest.json}
 * lists the grid, the settings and which runs are done.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reproduce the paper's experiment: every environment x model x run, resumable and shardable.",
            "Finished runs are kept in OUT/runs/ and skipped when the command is run again."})
final class ReproduceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "quick",
            description = "quick (default: fewer runs, shorter Goddard; about 2 minutes on 2 cores) or paper (100 runs, all episodes; about 45 minutes).")
    private String profileName;

    @Option(names = "--envs", paramLabel = "ENV", split = ",", converter = EnvironmentIdConverter.class,
            description = "Environments (default: pendulum,acrobot,goddard).")
    private List<EnvironmentId> environments;

    @Option(names = "--models", paramLabel = "MODEL", split = ",", converter = TrainCommand.ModelConverter.class,
            description = "Models (default: lowrank,nn).")
    private List<ModelKind> models;

    @Option(names = "--runs", paramLabel = "N", description = "Runs per environment and model (default: the profile's).")
    private Integer runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Base seed: low-rank run r uses S + r, network run r uses S + 100000 + r (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--workers", paramLabel = "W", description = "Runs trained at the same time (default: one per core).")
    private Integer workers;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/PROFILE).")
    private Path out;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Where the report goes once the whole grid is done (default: reports/paper for quick, "
                    + "reports/paper-full for paper).")
    private Path reportFolder;

    @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1",
            description = "Run only shard I of N of the grid (default: ${DEFAULT-VALUE}); merge folders with lrpg report.")
    private String shardText;

    @Override
    public Integer call() {
        Profile profile = parse(() -> Profile.parse(profileName));
        Shard shard = parse(() -> Shard.parse(shardText));
        int runCount = runs == null ? profile.runs() : runs;
        if (runCount <= 0) {
            throw new UsageException("--runs must be > 0, was " + runCount);
        }
        int workerCount = workers == null ? ExperimentRunner.defaultWorkers() : workers;
        if (workerCount <= 0) {
            throw new UsageException("--workers must be > 0, was " + workerCount);
        }
        List<EnvironmentId> envs = environments == null ? List.of(EnvironmentId.PENDULUM, EnvironmentId.ACROBOT,
                EnvironmentId.GODDARD) : environments.stream().distinct().toList();
        List<ModelKind> kinds = models == null ? List.of(ModelKind.values()) : models.stream().distinct().toList();
        Map<EnvironmentId, PaperPreset> presets = new LinkedHashMap<>();
        for (EnvironmentId environment : envs) {
            presets.put(environment, profile.apply(parse(() -> PaperPresets.of(environment))));
        }
        ExperimentGrid grid = parse(() -> new ExperimentGrid(presets, kinds, runCount, seed));
        Path folder = out != null ? out : Path.of("results", profile.id());
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("--out " + folder + " is not a folder");
        }
        RunStore store = new RunStore(folder);

        parse(store::removeUnfinishedFiles);
        List<RunSpec> mine = grid.specs(shard);
        List<RunSpec> pending = parse(() -> store.pending(mine, s -> settings(grid, s)));
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf(Locale.ROOT, "%s profile, shard %s: %d of %d runs already done, %d to train, %d worker(s)%n",
                profile.id(), shard, mine.size() - pending.size(), mine.size(), pending.size(), workerCount);
        writer.flush();

        long start = System.nanoTime();
        Provenance provenance = Provenance.ofThisProcess();
        long episodes = pending.stream().mapToLong(s -> grid.preset(s).trainer().episodes()).sum();
        ExperimentRunner.Progress bar = TerminalProgress.forConsole("reproduce", episodes, pending.size());
        java.util.concurrent.atomic.AtomicInteger trained = new java.util.concurrent.atomic.AtomicInteger();
        ExperimentRunner.Progress saving = new ExperimentRunner.Progress() {
            @Override
            public void episodeDone(long episodesDoneInAll) {
                bar.episodeDone(episodesDoneInAll);
            }

            @Override
            public void runDone(RunResult result) {
                store.write(result, settings(grid, result.spec()), provenance);
                trained.incrementAndGet();
                bar.runDone(result);
            }
        };
        // a reproduction stopped by a signal (Ctrl-C, kill, a job scheduler's time limit) still leaves a
        // manifest that describes the runs it finished; the runs in flight are lost and redone on resume
        Runnable manifest = () -> writeManifest(store, mine, grid, profile, shard, runCount, presets, kinds,
                trained.get(), (System.nanoTime() - start) * 1e-9, provenance);
        Thread onSignal = new Thread(manifest, "lrpg-manifest");
        Runtime.getRuntime().addShutdownHook(onSignal);
        List<RunResult> results;
        try {
            results = new ExperimentRunner(workerCount).run(pending,
                    (s, onEpisode) -> Models.runTrainer(grid.preset(s), ModelKind.parse(s.model())).train(s, onEpisode),
                    saving);
        } finally {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        }
        double wallSeconds = (System.nanoTime() - start) * 1e-9;
        manifest.run();
        long diverged = results.stream().filter(r -> r.curve().diverged()).count();
        writer.printf(Locale.ROOT, "trained %d run(s) in %.1f s (%d diverged); results in %s%n", results.size(),
                wallSeconds, diverged, folder.resolve("runs"));

        int missing = store.pending(grid.specs(), s -> settings(grid, s)).size();
        if (missing > 0) {
            writer.printf(Locale.ROOT, "%d run(s) of the grid are not in %s yet (other shards?); "
                    + "merge the folders with: lrpg report --in DIR --in DIR ...%n", missing, folder);
            return Lrpg.EXIT_OK;
        }
        Path reportOut = reportFolder != null ? reportFolder
                : Path.of("reports", profile == Profile.PAPER ? "paper-full" : "paper");
        try {
            PaperReport.generate(List.of(folder), reportOut, ReportSettings.defaults());
        } catch (ResultsFormatException e) {
            throw new UsageException(e.getMessage(), e);
        }
        writer.println("report: " + reportOut.resolve("report.md"));
        return Lrpg.EXIT_OK;
    }

    /**
     * Writes the folder's manifest: every finished run of this shard, from earlier invocations too, and the
     * wall time summed over the invocations that trained them.
     */
    private void writeManifest(RunStore store, List<RunSpec> mine, ExperimentGrid grid, Profile profile, Shard shard,
            int runCount, Map<EnvironmentId, PaperPreset> presets, List<ModelKind> kinds, int trained,
            double wallSeconds, Provenance provenance) {
        List<Manifest.RunEntry> entries = store.entries(mine);
        double totalWallSeconds = wallSeconds + store.recordedWallSeconds();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("profile", profile.id());
        settings.put("differenceFromPaper", profile.differenceFromPaper());
        settings.put("shard", shard.toString());
        settings.put("seed", seed);
        settings.put("runsPerCell", runCount);
        settings.put("lastInvocation", Map.of("runsTrained", trained, "wallSeconds", wallSeconds));
        List<Object> cells = new ArrayList<>();
        for (PaperPreset preset : presets.values()) {
            for (ModelKind kind : kinds) {
                cells.add(Models.describe(preset, kind));
            }
        }
        settings.put("cells", cells);
        new Manifest(commandLine(), Instant.now().toString(), settings, entries, totalWallSeconds, provenance)
                .write(store.folder().resolve("manifest.json"));
    }

    private static Map<String, Object> settings(ExperimentGrid grid, RunSpec spec) {
        return Models.describe(grid.preset(spec), ModelKind.parse(spec.model()));
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
