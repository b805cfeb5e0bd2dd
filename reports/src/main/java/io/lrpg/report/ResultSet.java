package io.lrpg.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything read from one or more result folders: the runs grouped per (environment, model), ordered by run index,
 * and the manifests found beside them.
 *
 * @param inputs    the folders read
 * @param files     the result CSV files read
 * @param cells     runs per (environment, model), in paper order
 * @param manifests manifests found, for provenance
 */
public record ResultSet(List<Path> inputs, List<Path> files, SortedMap<Cell, List<RunCurve>> cells,
        List<ManifestSummary> manifests) {

    public ResultSet {
        inputs = List.copyOf(inputs);
        files = List.copyOf(files);
        TreeMap<Cell, List<RunCurve>> copy = new TreeMap<>();
        for (Map.Entry<Cell, List<RunCurve>> e : cells.entrySet()) {
            copy.put(e.getKey(), List.copyOf(e.getValue()));
        }
        cells = Collections.unmodifiableSortedMap(copy);
        manifests = List.copyOf(manifests);
    }

    /** The runs of one cell (empty if absent). */
    public List<RunCurve> runs(String environment, String model) {
        return cells.getOrDefault(new Cell(environment, model), List.of());
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

    /** The models present for an environment, lowrank first. */
    public List<String> models(String environment) {
        TreeSet<Cell> present = new TreeSet<>();
        for (Cell c : cells.keySet()) {
            if (c.environment().equals(environment)) {
                present.add(c);
            }
        }
        return present.stream().map(Cell::model).toList();
    }

    /** Total number of runs. */
    public int runCount() {
        return cells.values().stream().mapToInt(List::size).sum();
    }
}
