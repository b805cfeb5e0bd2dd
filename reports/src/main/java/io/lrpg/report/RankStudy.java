package io.lrpg.report;

import io.lrpg.report.figure.Curve;
import io.lrpg.report.figure.LinePanel;
import io.lrpg.report.figure.LinePlots;
import io.lrpg.report.figure.Scale;
import io.lrpg.report.stats.Quantiles;
import io.lrpg.results.ResultsFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rank study ({@value #FILE} in an input folder, written by {@code lrpg rank}): for trained models, the error of
 * approximating a learned function (the policy mean or the value function) by a low-rank matrix or CP decomposition of
 * each rank. Header exactly {@value #HEADER}; function is {@code mean} or {@code value}, layout {@code matrix} or
 * {@code cp}, rank an integer ≥ 0, error a finite number.
 *
 * <p>Drawn per environment: one panel per function, x = rank, y = error on a log scale, one line per (model, variant,
 * layout) through the median over runs at each rank, with the band from the 25th to the 75th percentile (numpy
 * linear). An error of 0 (an exact fit) cannot be drawn on the log axis: the figure marks and footnotes it.
 */
final class RankStudy {

    /** The file name in a results folder. */
    static final String FILE = "rank-study.csv";
    /** The header. */
    static final String HEADER = "environment,model,variant,seed,function,layout,rank,error";

    /** One row. */
    record Row(String environment, String model, String variant, long seed, String function, String layout, int rank,
            double error) {
    }

    private final List<Row> rows;

    private RankStudy(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The rows of every input folder's {@value #FILE} (none if no folder has one). */
    static RankStudy read(List<Path> inputs) {
        List<Row> rows = new ArrayList<>();
        for (Path folder : inputs) {
            Path file = folder.resolve(FILE);
            if (Files.isRegularFile(file)) {
                rows.addAll(read(file));
            }
        }
        return new RankStudy(rows);
    }

    /**
     * The rows of one file.
     *
     * @throws ResultsFormatException naming the file and line of the first problem
     */
    static List<Row> read(Path file) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.strip().equals(HEADER)) {
                throw new ResultsFormatException(file + ":1: header is '" + (header == null ? "" : header.strip())
                        + "', expected '" + HEADER + "'");
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                rows.add(parse(file + ":" + number + ": ", line.strip()));
            }
        } catch (IOException e) {
            throw new ResultsFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static Row parse(String where, String line) {
        String[] f = line.split(",", -1);
        if (f.length != 8) {
            throw new ResultsFormatException(where + "expected 8 fields, found " + f.length);
        }
        if (!f[4].equals("mean") && !f[4].equals("value")) {
            throw new ResultsFormatException(where + "function must be mean or value, was '" + f[4] + "'");
        }
        if (!f[5].equals("matrix") && !f[5].equals("cp")) {
            throw new ResultsFormatException(where + "layout must be matrix or cp, was '" + f[5] + "'");
        }
        try {
            long seed = Long.parseLong(f[3]);
            int rank = Integer.parseInt(f[6]);
            double error = Double.parseDouble(f[7]);
            if (rank < 0 || !Double.isFinite(error)) {
                throw new ResultsFormatException(where + "rank must be >= 0 and error finite, were " + f[6] + " and "
                        + f[7]);
            }
            return new Row(f[0], f[1], f[2], seed, f[4], f[5], rank, error);
        } catch (NumberFormatException e) {
            throw new ResultsFormatException(where + "seed, rank or error is not a number: " + line);
        }
    }

    /** Whether there is a study. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The environments, in paper order. */
    List<String> environments() {
        return rows.stream().map(Row::environment).distinct()
                .sorted((a, b) -> Integer.compare(PaperReference.environmentOrder(a), PaperReference.environmentOrder(b)))
                .toList();
    }

    /** The figure's base name of an environment. */
    static String figure(String environment) {
        return "rank-study-" + environment;
    }

    /** Writes one figure per environment. */
    List<Path> write(Path folder) {
        List<Path> written = new ArrayList<>();
        for (String environment : environments()) {
            written.addAll(LinePlots.write(folder, figure(environment), panels(environment), 2, 540, 440, List.of(
                    "Line: the median over runs of the approximation error at each rank; band: its 25th–75th "
                            + "percentiles; one line per model, variant and layout (matrix: L·Rᵀ; cp: a CP "
                            + "decomposition). y on a log scale.", PaperReference.MODEL_NAMES)));
        }
        return written;
    }

    /** The panels of an environment: one per function, one curve per (model, variant, layout). */
    List<LinePanel> panels(String environment) {
        Map<String, Map<String, TreeMap<Integer, List<Double>>>> byFunction = new TreeMap<>();
        Map<String, String[]> keys = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!r.environment().equals(environment)) {
                continue;
            }
            String key = PaperReference.modelName(r.model()) + ", " + r.variant() + ", " + r.layout();
            keys.putIfAbsent(key, new String[] {r.model(), r.variant()});
            byFunction.computeIfAbsent(r.function(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(r.rank(), k -> new ArrayList<>())
                    .add(r.error());
        }
        List<LinePanel> panels = new ArrayList<>();
        for (Map.Entry<String, Map<String, TreeMap<Integer, List<Double>>>> f : byFunction.entrySet()) {
            List<Curve> curves = new ArrayList<>();
            for (Map.Entry<String, TreeMap<Integer, List<Double>>> line : f.getValue().entrySet()) {
                int n = line.getValue().size();
                double[] x = new double[n];
                double[] median = new double[n];
                double[] p25 = new double[n];
                double[] p75 = new double[n];
                int runs = 0;
                int k = 0;
                for (Map.Entry<Integer, List<Double>> point : line.getValue().entrySet()) {
                    double[] sorted = point.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    x[k] = point.getKey();
                    median[k] = Quantiles.ofSorted(sorted, 0, sorted.length, 50);
                    p25[k] = Quantiles.ofSorted(sorted, 0, sorted.length, 25);
                    p75[k] = Quantiles.ofSorted(sorted, 0, sorted.length, 75);
                    runs = Math.max(runs, sorted.length);
                    k++;
                }
                String[] mv = keys.get(line.getKey());
                Cell cell = new Cell(environment, mv[0], mv[1]);
                curves.add(Curve.of(line.getKey(), line.getKey() + " — median of n = " + runs
                        + " runs; band: 25–75 %", ReportFigures.colour(cell) == null || !line.getKey().endsWith("matrix")
                                ? null : ReportFigures.colour(cell), x, median, p25, p75));
            }
            String title = PaperReference.title(environment) + ": " + ("mean".equals(f.getKey()) ? "policy mean"
                    : "value function");
            panels.add(new LinePanel(title, "Rank", "Approximation error (log scale)", Scale.LINEAR, Scale.LOG10,
                    curves));
        }
        return panels;
    }
}
