package io.lrpg.cli;

import io.lrpg.envs.EnvironmentId;
import io.lrpg.experiment.EpisodesCsv;
import io.lrpg.experiment.ExperimentRunner;
import io.lrpg.experiment.Manifest;
import io.lrpg.experiment.ModelKind;
import io.lrpg.experiment.Models;
import io.lrpg.envs.presets.PaperPreset;
import io.lrpg.envs.presets.PaperPresets;
import io.lrpg.experiment.Provenance;
import io.lrpg.experiment.RunResult;
import io.lrpg.experiment.RunSpec;
import io.lrpg.experiment.SettingOverrides;
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
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code lrpg train}: trains N independent runs of one model on one paper environment, in parallel, and
 * writes {@code OUT/episodes.csv} (one row per run and episode) and {@code OUT/manifest.json} (resolved
 * settings, seeds, commit, JVM, libraries, machine). Both files are written only when every run has
 * finished, each atomically, so an interrupted command leaves no result that looks complete.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train runs of a model on a paper environment with the paper's settings.",
            "Writes OUT/episodes.csv (run,seed,episode,return,length,terminated,truncated,...) and OUT/manifest.json.",
            "Run r has seed SEED + r; each run splits its seed into independent initialization, environment and "
                    + "action-noise streams, so results do not depend on --workers."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "ENV", converter = EnvironmentIdConverter.class,
            description = "Paper environment: pendulum, acrobot or goddard.")
    private EnvironmentId environment;

    @Option(names = "--model", required = true, paramLabel = "MODEL", converter = ModelConverter.class,
            description = "lowrank (LRPG) or nn (the DL4J network baseline; start it with ./lrpg, which sets "
                    + "the JVM's memory limits, see README).")
    private ModelKind model;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1", description = "Independent runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Base seed; run r uses S + r (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--episodes", paramLabel = "E", description = "Episodes per run (default: the paper's).")
    private Integer episodes;

    @Option(names = "--workers", paramLabel = "W", description = "Runs trained at the same time (default: one per core).")
    private Integer workers;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/train-ENV-MODEL-seedS).")
    private Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a setting; repeatable. Keys: gamma, episodes, horizon, actor.lr, critic.lr; "
                    + "lowrank only: rank, init.scale, log-std.init, adam (dense|sparse), std (scalar|per-state); "
                    + "nn only: hidden.")
    private Map<String, String> overrides = new LinkedHashMap<>();

    @Override
    public Integer call() {
        if (runs <= 0) {
            throw new UsageException("--runs must be > 0, was " + runs);
        }
        int workerCount = workers == null ? ExperimentRunner.defaultWorkers() : workers;
        if (workerCount <= 0) {
            throw new UsageException("--workers must be > 0, was " + workerCount);
        }
        PaperPreset preset = resolvePreset();
        Path folder = out != null ? out
                : Path.of("runs", "train-" + environment.id() + "-" + model.id() + "-seed" + seed);
        Path csv = folder.resolve("episodes.csv");
        Path manifest = folder.resolve("manifest.json");
        if (Files.exists(csv) || Files.exists(manifest)) {
            throw new UsageException(folder + " already holds results; choose another --out or remove them");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("--out " + folder + " is not a folder");
        }

        List<RunSpec> specs = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            specs.add(new RunSpec(environment.id(), model.id(), r, RunSpec.seedOf(seed, r)));
        }
        long start = System.nanoTime();
        ExperimentRunner.Progress progress = TerminalProgress.forConsole(environment.id() + "/" + model.id(),
                (long) runs * preset.trainer().episodes(), runs);
        List<RunResult> results = new ExperimentRunner(workerCount).run(specs, Models.runTrainer(preset, model), progress);
        double wallSeconds = (System.nanoTime() - start) * 1e-9;

        EpisodesCsv.write(csv, results);
        Map<String, Object> settings = Models.describe(preset, model);
        settings.put("overrides", overrides);
        new Manifest(commandLine(), Instant.now().toString(), settings,
                results.stream().map(Manifest.RunEntry::of).toList(), wallSeconds, Provenance.ofThisProcess())
                .write(manifest);

        printSummary(results, wallSeconds, folder);
        return Lrpg.EXIT_OK;
    }

    private PaperPreset resolvePreset() {
        PaperPreset preset;
        try {
            preset = PaperPresets.of(environment);
            Map<String, String> all = new LinkedHashMap<>(overrides);
            if (episodes != null) {
                if (all.containsKey("episodes")) {
                    throw new IllegalArgumentException("give the number of episodes once, by --episodes or --set episodes");
                }
                all.put("episodes", Integer.toString(episodes));
            }
            preset = SettingOverrides.apply(preset, model, all);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        return preset;
    }

    private void printSummary(List<RunResult> results, double wallSeconds, Path folder) {
        PrintWriter writer = spec.commandLine().getOut();
        double[] finals = results.stream().mapToDouble(r -> {
            double[] returns = r.curve().returns();
            return returns[returns.length - 1];
        }).sorted().toArray();
        long diverged = results.stream().filter(r -> r.curve().diverged()).count();
        double median = finals.length % 2 == 1 ? finals[finals.length / 2]
                : 0.5 * (finals[finals.length / 2 - 1] + finals[finals.length / 2]);
        writer.printf(Locale.ROOT, "%s/%s: %d run(s), median final return %.4f (min %.4f, max %.4f), %d diverged, %.1f s%n",
                environment.id(), model.id(), results.size(), median, finals[0], finals[finals.length - 1], diverged,
                wallSeconds);
        writer.println("wrote " + folder.resolve("episodes.csv") + " and " + folder.resolve("manifest.json"));
    }

    private String commandLine() {
        return "lrpg " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    /** Parses model names at the command-line edge ({@link ModelKind#parse}). */
    static final class ModelConverter implements ITypeConverter<ModelKind> {
        @Override
        public ModelKind convert(String value) {
            try {
                return ModelKind.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

}
