package io.lrpg.cli;

import io.lrpg.experiment.RunPlan;
import io.lrpg.experiment.RunRequest;
import io.lrpg.experiment.RunStore;
import io.lrpg.experiment.Runner;
import io.lrpg.experiment.Shard;
import io.lrpg.experiment.Variant;
import io.lrpg.report.Percentiles;
import io.lrpg.results.RunEpisodes;
import io.lrpg.results.RunId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
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
 * {@code lrpg train}: trains N seeded runs of one variant (environment, model, settings) into a results folder,
 * resumably: each finished run is written at once, and the same command run again skips finished runs.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train seeded runs of one variant (environment, model, settings) into a results folder.",
            "Run r has seed SEED + r for every model; the seed is split into independent initialization, environment "
                    + "and action-noise streams of the model's own family, so results are the same bits whatever "
                    + "--workers is, and after a resume.",
            "Each finished run is written at once to OUT/runs/ENV/MODEL/VARIANT/seed-S.{csv,json,model.json}; the "
                    + "same command run again skips finished runs, so a killed command loses only the runs in flight.",
            "Prints one line: the variant, the median final return over its runs, and where the results are."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private VariantOptions variantOptions;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1", description = "Seeded runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Mixin
    private RunOptions runOptions;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/train",
            description = "Results folder, shared by any number of variants and seeds (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() {
        RunOptions.runs(runs);
        long seed = runOptions.seed();
        int workerCount = runOptions.workers();
        Shard shard = runOptions.shard();
        Variant variant = variantOptions.resolve();
        RunPlan plan = RunPlan.of(java.util.List.of(variant), runs, seed);
        RunStore store = new RunStore(out);
        PrintWriter err = spec.commandLine().getErr();
        Runner.Summary summary;
        try (Interruption interruption = new Interruption("lrpg train", out, err)) {
            summary = new Runner(workerCount, commandLine()).run(plan, shard, store,
                    Runner.Listener.all(interruption, TerminalProgress.forConsole(variant.cell())));
        }
        printSummary(variant, plan.shard(shard), store, summary);
        return Lrpg.EXIT_OK;
    }

    private void printSummary(Variant variant, List<RunRequest> runs, RunStore store, Runner.Summary summary) {
        PrintWriter writer = spec.commandLine().getOut();
        if (runs.isEmpty()) {
            writer.printf(Locale.ROOT, "%s: this shard has no runs (more shards than runs)%n", variant.cell());
            return;
        }
        // the runs trained now are summarised by the runner; only those finished before are read back
        Map<RunId, Runner.RunOutcome> trainedNow = new HashMap<>();
        summary.trained().forEach(outcome -> trainedNow.put(outcome.id(), outcome));
        double[] finals = new double[runs.size()];
        int diverged = 0;
        for (int i = 0; i < finals.length; i++) {
            Runner.RunOutcome outcome = trainedNow.get(runs.get(i).id());
            boolean divergedRun;
            if (outcome != null) {
                finals[i] = outcome.finalReturn();
                divergedRun = outcome.diverged();
            } else {
                RunEpisodes run = store.read(runs.get(i).id());
                finals[i] = run.finalReturn();
                divergedRun = run.diverged();
            }
            diverged += divergedRun ? 1 : 0;
        }
        double[] finite = Arrays.stream(finals).filter(Double::isFinite).toArray();
        String statistics = finite.length == 0 ? "no finite final return"
                : String.format(Locale.ROOT, "median final return %.4f (min %.4f, max %.4f)",
                        Percentiles.median(finite), Arrays.stream(finite).min().getAsDouble(),
                        Arrays.stream(finite).max().getAsDouble());
        writer.printf(Locale.ROOT, "%s: %d run(s) (%d trained now, %d already done), %s, %d diverged, %.1f s; "
                + "results in %s%n", variant.cell(), finals.length, summary.trained().size(), summary.skipped().size(),
                statistics, diverged, summary.wallSeconds(), store.layout().cellFolder(runs.get(0).id()));
    }

    private String commandLine() {
        return "lrpg " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

}
