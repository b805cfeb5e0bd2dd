package io.lrpg.cli;

import io.lrpg.envs.EnvironmentId;
import io.lrpg.experiment.ExperimentInputException;
import io.lrpg.experiment.ModelKind;
import io.lrpg.experiment.RunStore;
import io.lrpg.experiment.Runner;
import io.lrpg.experiment.SettingOverrides;
import io.lrpg.experiment.Shard;
import io.lrpg.experiment.Sweep;
import io.lrpg.results.Json;
import io.lrpg.results.SweepRecord;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lrpg sweep}: a grid of variants of one environment (models × axis values × seeds) through the runner,
 * resumably and shardably, with its definition written to {@code OUT/sweeps/NAME.json} for the report's heatmaps.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a grid of variants of one environment: every model x every combination of the axes' "
                + "values x seeds S, S + 1, ... (the same seeds at every point). Axes use the keys and values of --set "
                + "(see 'lrpg settings --help'); an axis that does not apply to a model is left out for it.",
            "Resumable and shardable like 'lrpg reproduce'; the sweep's definition goes to OUT/sweeps/NAME.json, "
                + "from which 'lrpg report --in OUT' draws heatmaps of final return, episodes to 90 % of the rise and "
                + "parameter count, marking the paper's setting.",
            "Example: lrpg sweep --env pendulum --models lowrank,nn --ranks 1,2,4,8 --buckets 4x4,10x10,16x16 --runs 20"})
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "ENV", converter = EnvironmentIdConverter.class,
            description = "Environment with settings: pendulum, acrobot, goddard or mountain-car-continuous-v0.")
    private EnvironmentId environment;

    @Option(names = "--models", required = true, paramLabel = "MODEL", split = ",",
            converter = VariantOptions.ModelConverter.class, description = "Models, comma-separated.")
    private List<ModelKind> models;

    @Option(names = "--ranks", paramLabel = "K,...", description = "Shorthand for --axis rank=K,...")
    private String ranks;

    @Option(names = "--buckets", paramLabel = "NxM,...",
            description = "Shorthand for --axis buckets=NxM,... (both grids, one factor per state dimension).")
    private String buckets;

    @Option(names = "--axis", paramLabel = "KEY=V1,V2,...", description = "An axis; repeatable, each key once.")
    private List<String> axisOptions = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A setting fixed at every point; repeatable.")
    private List<String> assignments = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Seeded runs per point (default: ${DEFAULT-VALUE}).")
    private int runs;


    @Option(names = "--name", paramLabel = "NAME", defaultValue = "sweep",
            description = "The sweep's name in OUT/sweeps/ and in the report (default: ${DEFAULT-VALUE}).")
    private String name;


    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/sweep", description = "Results folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Mixin
    private RunOptions runOptions;

    @Option(names = "--yes", description = "Accept a sweep of more than 10 000 variants.")
    private boolean yes;

    @Override
    public Integer call() {
        RunOptions.runs(runs);
        long seed = runOptions.seed();
        int workerCount = runOptions.workers();
        Shard shard = runOptions.shard();
        Sweep sweep;
        try {
            Map<String, List<String>> axes = new LinkedHashMap<>();
            if (ranks != null) {
                addAxis(axes, "rank", ranks);
            }
            if (buckets != null) {
                addAxis(axes, "buckets", buckets);
            }
            for (String axis : axisOptions) {
                int eq = axis.indexOf('=');
                if (eq <= 0 || eq == axis.length() - 1) {
                    throw new IllegalArgumentException("expected --axis KEY=V1,V2,..., got '" + axis + "'");
                }
                addAxis(axes, axis.substring(0, eq).strip(), axis.substring(eq + 1));
            }
            sweep = Sweep.of(name, environment, models.stream().distinct().toList(), axes,
                    SettingOverrides.parse(assignments), runs, seed, yes);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        RunStore store = new RunStore(out);
        SweepRecord record = sweep.record();
        checkEarlierDefinition(record);
        PrintWriter writer = spec.commandLine().getOut();
        Runner.Summary summary;
        Runner.Listener announce = new Runner.Listener() {
            @Override
            public void started(Runner.Started s) {
                record.write(out); // after the runner's conflict check, before any run is trained
                writer.printf(Locale.ROOT, "sweep %s on %s: %d variant(s) x %d run(s), shard %s: %d of %d runs already "
                        + "done, %d to train, %d worker(s)%n", record.name(), environment.id(),
                        sweep.plan().variants().size(), runs, shard, s.alreadyDone(), s.inShard(), s.toTrain(),
                        s.workers());
                writer.flush();
            }
        };
        try (Interruption interruption = new Interruption("lrpg sweep", out, spec.commandLine().getErr())) {
            summary = new Runner(workerCount, commandLine()).run(sweep.plan(), shard, store,
                    Runner.Listener.all(interruption, announce, TerminalProgress.forConsole("sweep")));
        }
        writer.printf(Locale.ROOT, "trained %d run(s) in %.1f s; results in %s; report: lrpg report --in %s%n",
                summary.trained().size(), summary.wallSeconds(), out.resolve("runs"), out);
        return Lrpg.EXIT_OK;
    }

    private static void addAxis(Map<String, List<String>> axes, String key, String values) {
        if (axes.containsKey(key)) {
            throw new IllegalArgumentException("axis " + key + " is given twice");
        }
        axes.put(key, Arrays.stream(values.split(",", -1)).map(String::strip).toList());
    }

    /** A sweep of the same name in the folder must have the same definition. */
    private void checkEarlierDefinition(SweepRecord record) {
        Path file = record.file(out);
        if (!Files.exists(file)) {
            return;
        }
        SweepRecord earlier = SweepRecord.readAll(out).stream().filter(r -> r.name().equals(record.name()))
                .findFirst().orElse(null);
        try {
            if (earlier == null || !Json.mapper().valueToTree(earlier).equals(Json.mapper().valueToTree(record))) {
                throw new ExperimentInputException(file + " defines another sweep named " + record.name()
                        + "; use another --name or another --out");
            }
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException(file + ": " + e.getMessage(), e);
        }
    }

    private String commandLine() {
        return "lrpg " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }
}
