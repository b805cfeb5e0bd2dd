package io.lrpg.experiment;

import io.lrpg.results.Invocation.PlannedCell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs a command asks for, in a fixed order, and the one seeding rule of every command: run r (from 0) of a
 * variant in a command with base seed S has seed S + r, whatever the model ({@link #seedOf}); so
 * {@code --seed 0 --runs 4} and {@code --seed 4 --runs 4} together make seeds 0–7.
 *
 * @param runs every run, in order
 */
public record RunPlan(List<RunRequest> runs) {

    public RunPlan {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one run");
        }
        if (runs.stream().map(RunRequest::id).distinct().count() != runs.size()) {
            throw new IllegalArgumentException("a plan lists a run twice");
        }
    }

    /**
     * The seed of run {@code run} of a command with base seed {@code base}: base + run.
     *
     * @throws IllegalArgumentException if base is negative or the seed overflows
     */
    public static long seedOf(long base, int run) {
        if (base < 0 || run < 0) {
            throw new IllegalArgumentException("seeds must be >= 0, were " + base + " and run " + run);
        }
        return Math.addExact(base, run);
    }

    /**
     * {@code runs} seeds of each variant, variants in the order given, then seeds ascending.
     *
     * @param base the base seed S; run r of each variant has seed S + r
     */
    public static RunPlan of(List<Variant> variants, int runs, long base) {
        if (runs <= 0) {
            throw new IllegalArgumentException("runs must be > 0, was " + runs);
        }
        List<RunRequest> requests = new ArrayList<>();
        for (Variant variant : variants) {
            for (int r = 0; r < runs; r++) {
                requests.add(new RunRequest(variant, seedOf(base, r)));
            }
        }
        return new RunPlan(requests);
    }

    /** The runs of one shard, in the plan's order: run number p (from 0) belongs to shard (p mod N) + 1. */
    public List<RunRequest> shard(Shard shard) {
        List<RunRequest> mine = new ArrayList<>();
        for (int position = 0; position < runs.size(); position++) {
            if (shard.contains(position)) {
                mine.add(runs.get(position));
            }
        }
        return mine;
    }

    /**
     * The cells of the plan with their seeds, in the plan's order. Every plan built by {@link #of} gives each cell
     * consecutive seeds; a cell whose seeds are not consecutive is listed once per consecutive stretch.
     */
    public List<PlannedCell> cells() {
        List<PlannedCell> cells = new ArrayList<>();
        Map<String, List<Long>> seeds = new LinkedHashMap<>();
        Map<String, Variant> variants = new LinkedHashMap<>();
        for (RunRequest run : runs) {
            seeds.computeIfAbsent(run.variant().cell(), k -> new ArrayList<>()).add(run.seed());
            variants.putIfAbsent(run.variant().cell(), run.variant());
        }
        variants.forEach((cell, v) -> {
            List<Long> list = seeds.get(cell).stream().sorted().toList();
            int start = 0;
            for (int i = 1; i <= list.size(); i++) {
                if (i == list.size() || list.get(i) != list.get(i - 1) + 1) {
                    cells.add(new PlannedCell(v.environment().id(), v.model().id(), v.id(), list.get(start),
                            i - start));
                    start = i;
                }
            }
        });
        return cells;
    }

    /** The distinct variants, in the plan's order. */
    public List<Variant> variants() {
        Map<String, Variant> variants = new LinkedHashMap<>();
        for (RunRequest run : runs) {
            variants.putIfAbsent(run.variant().cell(), run.variant());
        }
        return List.copyOf(variants.values());
    }
}
