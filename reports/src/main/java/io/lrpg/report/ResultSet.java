package io.lrpg.report;

import io.lrpg.results.Invocation;
import io.lrpg.results.ParameterCount;
import io.lrpg.results.RunRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything read from one or more results folders: the runs grouped per (environment, model, variant), ordered by
 * seed, and the invocation logs found beside them.
 *
 * @param inputs      the folders read
 * @param files       the number of run records read
 * @param cells       runs per cell, in paper order
 * @param invocations the commands that wrote the folders
 */
public record ResultSet(List<Path> inputs, int files, SortedMap<Cell, List<RunCurve>> cells,
        List<Invocation> invocations) {

    public ResultSet {
        inputs = List.copyOf(inputs);
        TreeMap<Cell, List<RunCurve>> copy = new TreeMap<>();
        for (Map.Entry<Cell, List<RunCurve>> e : cells.entrySet()) {
            copy.put(e.getKey(), List.copyOf(e.getValue()));
        }
        cells = Collections.unmodifiableSortedMap(copy);
        invocations = List.copyOf(invocations);
    }

    /** The runs of one cell (empty if absent). */
    public List<RunCurve> runs(Cell cell) {
        return cells.getOrDefault(cell, List.of());
    }

    /** The runs of the paper's variant of a model on an environment (empty if absent). */
    public List<RunCurve> paperRuns(String environment, String model) {
        return runs(new Cell(environment, model, PaperReference.PAPER_VARIANT));
    }

    /** The environments present, in paper order. */
    public List<String> environments() {
        List<String> out = new ArrayList<>();
        for (Cell c : cells.keySet()) {
            if (!out.contains(c.environment())) {
                out.add(c.environment());
            }
        }
        return out;
    }

    /** The cells of one environment, in order. */
    public List<Cell> cells(String environment) {
        return cells.keySet().stream().filter(c -> c.environment().equals(environment)).toList();
    }

    /** The record of a cell's first run (every run of a cell has the same settings). */
    public RunRecord record(Cell cell) {
        return runs(cell).get(0).record();
    }

    /** The parameter count of a cell's models. */
    public ParameterCount parameterCount(Cell cell) {
        return record(cell).parameterCount();
    }

    /** Total number of runs. */
    public int runCount() {
        return cells.values().stream().mapToInt(List::size).sum();
    }

    /** Whether the inputs are exactly the paper's protocol: only the paper's variant, 100 runs per cell. */
    public boolean isPaperProtocol() {
        return cells.entrySet().stream().allMatch(e -> e.getKey().isPaper()
                && e.getValue().size() == PaperReference.PAPER_RUNS);
    }
}
