package io.lrpg.report;

import io.lrpg.report.stats.Normalization;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One (model, variant) aggregated over environments, as rliable aggregates over tasks: each environment's scores are
 * min–max normalized ({@link PaperReference#normalization}), each environment is a stratum of the bootstrap (its runs
 * are resampled within it, environments are never resampled), the median and IQM pool the normalized runs, the mean
 * and the optimality gap (γ = 1, the top of the paper's axes) average the per-environment means.
 *
 * @param model        model id
 * @param variant      variant id
 * @param environments the environments aggregated, in paper order (those with a normalization and a non-diverged
 *                     run of this variant)
 * @param runs         non-diverged runs aggregated per environment, in the same order
 * @param normalized   per score kind, the normalized scores per environment
 * @param measures     per score kind, the measures with intervals
 */
public record AggregateSummary(String model, String variant, List<String> environments, List<Integer> runs,
        Map<ScoreKind, double[][]> normalized, Map<ScoreKind, Map<Measure, Estimate>> measures) {

    /** The aggregates of every (model, variant) with scores on at least one normalized environment. */
    static List<AggregateSummary> of(List<CellSummary> summaries, ReportSettings settings) {
        Map<List<String>, List<CellSummary>> groups = new LinkedHashMap<>();
        for (CellSummary s : summaries) {
            if (PaperReference.normalization(s.cell().environment()).isPresent() && s.finalReturns().length > 0) {
                groups.computeIfAbsent(List.of(s.cell().model(), s.cell().variant()), k -> new ArrayList<>()).add(s);
            }
        }
        List<AggregateSummary> out = new ArrayList<>();
        for (Map.Entry<List<String>, List<CellSummary>> g : groups.entrySet()) {
            List<CellSummary> cells = g.getValue();
            Map<ScoreKind, double[][]> normalized = new EnumMap<>(ScoreKind.class);
            Map<ScoreKind, Map<Measure, Estimate>> measures = new EnumMap<>(ScoreKind.class);
            for (ScoreKind kind : ScoreKind.values()) {
                double[][] tasks = normalize(cells, kind);
                normalized.put(kind, tasks);
                measures.put(kind, Bootstraps.measures(tasks, 1.0, settings, Bootstraps.seed(settings, "aggregate",
                        g.getKey().get(0), g.getKey().get(1), kind.name())));
            }
            out.add(new AggregateSummary(g.getKey().get(0), g.getKey().get(1),
                    cells.stream().map(c -> c.cell().environment()).toList(),
                    cells.stream().map(c -> c.finalReturns().length).toList(), normalized, measures));
        }
        return out;
    }

    /** The normalized scores of the cells, one environment per row. */
    static double[][] normalize(List<CellSummary> cells, ScoreKind kind) {
        double[][] scores = new double[cells.size()][];
        List<Normalization> normalizations = new ArrayList<>();
        for (int m = 0; m < cells.size(); m++) {
            scores[m] = cells.get(m).scores().get(kind);
            normalizations.add(PaperReference.normalization(cells.get(m).cell().environment()).orElseThrow());
        }
        return Normalization.normalize(scores, normalizations);
    }

    /** "paper: pendulum, acrobot, goddard". */
    public String label() {
        return PaperReference.modelName(model) + ", " + variant;
    }
}
