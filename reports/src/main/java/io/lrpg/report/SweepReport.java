package io.lrpg.report;

import io.lrpg.report.figure.HeatmapPanel;
import io.lrpg.report.figure.Heatmaps;
import io.lrpg.report.figure.Scale;
import io.lrpg.report.stats.IntervalMethod;
import io.lrpg.results.AtomicFiles;
import io.lrpg.results.ResultsFormatException;
import io.lrpg.results.SweepRecord;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The sweeps found in the input folders ({@code sweeps/NAME.json}, written by {@code lrpg sweep}): per sweep and model,
 * heatmaps of the median final return, the episodes needed to reach 90 % of the median curve's rise, and the
 * parameter count (actor + critic, σ excluded) over the sweep's axes, one cell per point's variant, the paper's
 * setting (the point whose variant is {@code paper}) framed; and a table and a CSV of the same numbers.
 *
 * <p>The axes of a model are the sweep's axes that apply to it (those its points name), in the sweep's order: with
 * two, axis 1 runs across and axis 2 up; with one, the heatmap is one row; with none (for example the network in a
 * rank sweep) or more than two, there is no heatmap, only the table. "Episodes to 90 %" uses the median smoothed as
 * the environment's episode claims smooth it ({@link PaperReference#claimSmoothing}).
 */
final class SweepReport {

    /** One point of one model. */
    record Row(SweepRecord.Point point, CellSummary summary, long parameters, OptionalInt episodesTo90) {

        /** Whether this point is the paper's own setting (the variant {@code paper}). */
        boolean isPaperSetting() {
            return PaperReference.PAPER_VARIANT.equals(point.variant());
        }
    }

    /** One sweep and model. */
    record Part(SweepRecord sweep, String model, List<String> axes, List<Row> rows, String figure) {
    }

    private final List<Part> parts;

    private SweepReport(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * Reads the sweep records of the input folders (identical copies of a sweep are one; two different sweeps of one
     * name are an error) and matches their points with the cells read.
     */
    static SweepReport of(List<Path> inputs, ResultSet results, List<CellSummary> summaries) {
        Map<String, SweepRecord> sweeps = new LinkedHashMap<>();
        for (Path folder : inputs) {
            for (SweepRecord record : SweepRecord.readAll(folder)) {
                SweepRecord earlier = sweeps.putIfAbsent(record.name(), record);
                if (earlier != null && !earlier.equals(record)) {
                    throw new ResultsFormatException(record.file(folder) + " differs from another sweep named "
                            + record.name() + " in the inputs");
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        for (SweepRecord sweep : sweeps.values()) {
            List<String> models = sweep.points().stream().map(SweepRecord.Point::model).distinct().toList();
            for (String model : models) {
                List<String> axes = new ArrayList<>();
                List<Row> rows = new ArrayList<>();
                for (SweepRecord.Point p : sweep.points()) {
                    if (!p.model().equals(model)) {
                        continue;
                    }
                    for (SweepRecord.Axis axis : sweep.axes()) {
                        if (p.values().containsKey(axis.key()) && !axes.contains(axis.key())) {
                            axes.add(axis.key());
                        }
                    }
                    Cell cell = new Cell(sweep.environment(), model, p.variant());
                    CellSummary summary = summaries.stream().filter(s -> s.cell().equals(cell)).findFirst()
                            .orElse(null);
                    long parameters = summary == null ? -1 : results.parameterCount(cell).withoutStd();
                    OptionalInt episodes = summary == null ? OptionalInt.empty()
                            : SampleEfficiency.EpisodeMeasure.rise(0.90,
                                    PaperReference.claimSmoothing(sweep.environment())).apply(summary.bands().median());
                    rows.add(new Row(p, summary, parameters, episodes));
                }
                axes.sort((a, b) -> Integer.compare(axisIndex(sweep, a), axisIndex(sweep, b)));
                String figure = axes.isEmpty() || axes.size() > 2 ? null
                        : "sweep-" + sweep.name() + "-" + model;
                parts.add(new Part(sweep, model, List.copyOf(axes), rows, figure));
            }
        }
        return new SweepReport(parts);
    }

    private static int axisIndex(SweepRecord sweep, String key) {
        for (int i = 0; i < sweep.axes().size(); i++) {
            if (sweep.axes().get(i).key().equals(key)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Whether any sweep was found. */
    boolean isEmpty() {
        return parts.isEmpty();
    }

    List<Part> parts() {
        return parts;
    }

    /** Writes the heatmaps and one CSV per sweep. */
    List<Path> write(Path folder) {
        List<Path> written = new ArrayList<>();
        for (Part part : parts) {
            if (part.figure() != null) {
                written.addAll(Heatmaps.write(folder, part.figure(), heatmaps(part), 3, 450, 420, List.of(
                        "One cell per point of sweep " + part.sweep().name() + " (" + part.sweep().environment()
                                + ", " + PaperReference.modelName(part.model()) + ", " + part.sweep().runs()
                                + " runs per point)" + (hasPaperPoint(part) ? "; the framed cell is the paper's setting"
                                        : "; no point is the paper's setting (none is framed)")
                                + ". Episodes to 90 %: the "
                                + "first episode (counted from 1) at which the median over runs"
                                + (PaperReference.claimSmoothing(part.sweep().environment()) > 0 ? ", smoothed by a "
                                        + "centred ±" + PaperReference.claimSmoothing(part.sweep().environment())
                                        + "-episode moving average," : "")
                                + " reaches 90 % of its rise from episode 0 to its plateau (the mean of the last "
                                + "10 % of episodes). Parameters: actor + critic, σ excluded.")));
            }
        }
        for (SweepRecord sweep : parts.stream().map(Part::sweep).distinct().toList()) {
            Path file = folder.resolve("sweep-" + sweep.name() + ".csv");
            AtomicFiles.write(file, w -> writeCsv(w, sweep));
            written.add(file);
        }
        return written;
    }

    private void writeCsv(Writer w, SweepRecord sweep) throws IOException {
        List<String> keys = sweep.axes().stream().map(SweepRecord.Axis::key).toList();
        w.write("model,variant,paper," + String.join(",", keys) + ",runs,median_final,median_final_lower,"
                + "median_final_upper,episodes_to_90pct_rise,parameters\n");
        for (Part part : parts) {
            if (part.sweep() != sweep) {
                continue;
            }
            for (Row row : part.rows()) {
                List<String> f = new ArrayList<>(List.of(part.model(), row.point().variant(),
                        row.isPaperSetting() ? "1" : "0"));
                for (String key : keys) {
                    f.add(row.point().values().getOrDefault(key, ""));
                }
                Estimate median = row.summary() == null ? null : row.summary().estimate(ScoreKind.FINAL,
                        Measure.MEDIAN);
                f.add(row.summary() == null ? "0" : Integer.toString(row.summary().runs()));
                f.add(median == null ? "NaN" : Exports.number(median.estimate()));
                f.add(median == null ? "NaN" : Exports.number(median.percentile().lower()));
                f.add(median == null ? "NaN" : Exports.number(median.percentile().upper()));
                f.add(row.episodesTo90().isPresent() ? Integer.toString(row.episodesTo90().getAsInt() + 1) : "NaN");
                f.add(row.parameters() < 0 ? "NaN" : Long.toString(row.parameters()));
                w.write(Exports.csv(f.toArray(String[]::new)));
            }
        }
    }

    /** The three heatmaps of one sweep and model. */
    static List<HeatmapPanel> heatmaps(Part part) {
        String xKey = part.axes().get(0);
        List<String> xs = values(part.sweep(), xKey);
        String yKey = part.axes().size() > 1 ? part.axes().get(1) : null;
        List<String> ys = yKey == null ? List.of("") : values(part.sweep(), yKey);
        double[][] median = grid(ys.size(), xs.size());
        double[][] episodes = grid(ys.size(), xs.size());
        double[][] parameters = grid(ys.size(), xs.size());
        String[][] medianLabels = new String[ys.size()][xs.size()];
        String[][] episodeLabels = new String[ys.size()][xs.size()];
        String[][] parameterLabels = new String[ys.size()][xs.size()];
        for (String[][] labels : List.of(medianLabels, episodeLabels, parameterLabels)) {
            for (String[] row : labels) {
                java.util.Arrays.fill(row, "–");
            }
        }
        List<int[]> marked = new ArrayList<>();
        int decimals = Claims.decimals(part.sweep().environment());
        for (Row row : part.rows()) {
            int i = xs.indexOf(row.point().values().get(xKey));
            int j = yKey == null ? 0 : ys.indexOf(row.point().values().get(yKey));
            if (i < 0 || j < 0) {
                continue;
            }
            if (row.isPaperSetting()) {
                marked.add(new int[] {j, i});
            }
            if (row.summary() == null) {
                medianLabels[j][i] = "no runs";
                continue;
            }
            Estimate m = row.summary().estimate(ScoreKind.FINAL, Measure.MEDIAN);
            if (m != null) {
                median[j][i] = m.estimate();
                medianLabels[j][i] = String.format(Locale.ROOT, "%." + decimals + "f", m.estimate());
            }
            if (row.episodesTo90().isPresent()) {
                episodes[j][i] = row.episodesTo90().getAsInt() + 1;
                episodeLabels[j][i] = Integer.toString(row.episodesTo90().getAsInt() + 1);
            }
            parameters[j][i] = row.parameters();
            parameterLabels[j][i] = Long.toString(row.parameters());
        }
        String yLabel = yKey == null ? "" : yKey;
        String mark = "frame: the paper's setting";
        return List.of(
                new HeatmapPanel("Median final return", xKey, xs, yLabel, ys, median, medianLabels, Scale.LINEAR,
                        marked, mark),
                new HeatmapPanel("Episodes to 90 % of the rise", xKey, xs, yLabel, ys, episodes, episodeLabels,
                        Scale.LINEAR, marked, mark),
                new HeatmapPanel("Parameters (actor + critic)", xKey, xs, yLabel, ys, parameters, parameterLabels,
                        positive(parameters) ? Scale.LOG10 : Scale.LINEAR, marked, mark));
    }

    /** Whether one of the part's points is the paper's own setting, which its heatmaps frame. */
    static boolean hasPaperPoint(Part part) {
        return part.rows().stream().anyMatch(Row::isPaperSetting);
    }

    private static boolean positive(double[][] values) {
        for (double[] row : values) {
            for (double v : row) {
                if (!Double.isNaN(v) && !(v > 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> values(SweepRecord sweep, String key) {
        return sweep.axes().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow().values();
    }

    private static double[][] grid(int rows, int columns) {
        double[][] g = new double[rows][columns];
        for (double[] row : g) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return g;
    }

    /** The sweeps' section of report.md. */
    void writeMarkdown(Writer w, IntervalMethod method, double level) throws IOException {
        w.write("## Sweeps\n\n");
        w.write("Each sweep (`lrpg sweep`, its definition in `sweeps/NAME.json`) tries every combination of its axes' "
                + "values with the same seeds. Read a heatmap cell by cell: its colour and number are the point's value "
                + "(median final return, episodes needed to reach 90 % of the median curve's rise, or parameter "
                + "count); where one point is the paper's own setting its cell is framed, so the cells around it show "
                + "what changing one setting does (a model the paper did not run has no such point).\n\n");
        for (Part part : parts) {
            SweepRecord s = part.sweep();
            w.write("### Sweep " + s.name() + ": " + s.environment() + ", " + PaperReference.modelName(part.model())
                    + "\n\n");
            w.write("Axes: " + (part.axes().isEmpty() ? "none apply to this model" : String.join(" × ", part.axes()))
                    + "; fixed: " + (s.fixed().isEmpty() ? "nothing" : s.fixed().toString()) + "; " + s.runs()
                    + " runs per point (seeds " + s.firstSeed() + "–" + (s.firstSeed() + s.runs() - 1) + "). "
                    + "CSV: `sweep-" + s.name() + ".csv`.\n\n");
            if (part.figure() != null) {
                w.write("![Sweep " + s.name() + ", " + part.model() + "](" + part.figure() + ".png)\n\n");
            } else if (part.axes().size() > 2) {
                w.write("More than two axes apply to this model: no heatmap, only the table.\n\n");
            }
            w.write("| " + String.join(" | ", part.axes()) + (part.axes().isEmpty() ? "" : " | ")
                    + "variant | runs | median final (" + ReportFigures.percent(level) + " CI) | episodes to 90 % | parameters |\n");
            w.write("|" + "---|".repeat(part.axes().size() + 5) + "\n");
            int decimals = Claims.decimals(s.environment());
            for (Row row : part.rows()) {
                StringBuilder b = new StringBuilder("| ");
                for (String key : part.axes()) {
                    b.append(row.point().values().getOrDefault(key, "–")).append(" | ");
                }
                boolean paper = row.isPaperSetting();
                b.append(paper ? "**paper**" : row.point().variant()).append(" | ");
                if (row.summary() == null) {
                    b.append("0 | no runs | – | – |");
                } else {
                    Estimate m = row.summary().estimate(ScoreKind.FINAL, Measure.MEDIAN);
                    b.append(row.summary().runs()).append(" | ").append(m == null ? "–" : m.get(method).format(decimals))
                            .append(" | ").append(row.episodesTo90().isPresent()
                                    ? Integer.toString(row.episodesTo90().getAsInt() + 1) : "never")
                            .append(" | ").append(row.parameters()).append(" |");
                }
                w.write(b + "\n");
            }
            w.write("\n");
        }
    }
}
