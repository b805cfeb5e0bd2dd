package io.lrpg.cli;

import io.lrpg.results.Invocation;
import io.lrpg.results.StoreLayout;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lrpg status}: per cell (environment/model/variant) of a results folder, the finished runs against the runs
 * the commands that wrote into it planned, and the state of those commands. Reads files only; safe while the
 * folder is being written (for example by the tasks of a cluster job array).
 */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show how far the commands writing into a results folder are: finished runs / planned runs per "
                + "cell (environment/model/variant), and each command's state.",
            "Planned runs come from the invocation logs in DIR/invocations/ (every shard of a grid plans the whole "
                + "grid); finished runs are the run records in DIR/runs/."})
final class StatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "DIR", description = "The results folder.")
    private Path folder;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new UsageException("not a folder: " + folder);
        }
        Map<String, TreeSet<Long>> planned = new TreeMap<>();
        List<Invocation> invocations = Invocation.readAll(folder);
        for (Invocation invocation : invocations) {
            for (Invocation.PlannedCell cell : invocation.planned()) {
                TreeSet<Long> seeds = planned.computeIfAbsent(cell.environment() + "/" + cell.model() + "/"
                        + cell.variant(), k -> new TreeSet<>());
                for (int r = 0; r < cell.runs(); r++) {
                    seeds.add(cell.firstSeed() + r);
                }
            }
        }
        Map<String, TreeSet<Long>> done = new TreeMap<>();
        for (StoreLayout.Located record : new StoreLayout(folder).records()) {
            done.computeIfAbsent(record.id().cell(), k -> new TreeSet<>()).add(record.id().seed());
        }
        TreeSet<String> cells = new TreeSet<>(planned.keySet());
        cells.addAll(done.keySet());
        PrintWriter out = spec.commandLine().getOut();
        int width = Math.max(4, cells.stream().mapToInt(String::length).max().orElse(4));
        out.printf(Locale.ROOT, "%-" + width + "s  %8s  %8s%n", "cell", "finished", "planned");
        long allDone = 0;
        long allPlanned = 0;
        for (String cell : cells) {
            TreeSet<Long> p = planned.getOrDefault(cell, new TreeSet<>());
            TreeSet<Long> d = done.getOrDefault(cell, new TreeSet<>());
            long finishedOfPlan = d.stream().filter(p::contains).count();
            long extra = d.size() - finishedOfPlan;
            out.printf(Locale.ROOT, "%-" + width + "s  %8d  %8s%s%n", cell, finishedOfPlan,
                    p.isEmpty() ? "–" : Integer.toString(p.size()), extra > 0 ? "  (+" + extra + " not planned by "
                            + "the logged commands)" : "");
            allDone += finishedOfPlan;
            allPlanned += p.size();
        }
        out.printf(Locale.ROOT, "%-" + width + "s  %8d  %8d%n", "all", allDone, allPlanned);
        for (Invocation invocation : invocations) {
            out.printf(Locale.ROOT, "%s  %-11s shard %-5s trained %d, skipped %d, %.0f s  %s%n", invocation.name(),
                    invocation.outcome(), invocation.shard(), invocation.runsTrained(), invocation.runsSkipped(),
                    invocation.wallSeconds(), invocation.command());
        }
        return Lrpg.EXIT_OK;
    }
}
