package io.lrpg.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lrpg.experiment.EpisodesCsv;
import io.lrpg.experiment.Manifest;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads result folders written by {@code lrpg train} ({@code episodes.csv}) and {@code lrpg reproduce}
 * ({@code runs/<environment>/<model>/run-<NNN>.csv}), validates them and groups the runs per (environment, model).
 *
 * <p>Under each folder it reads every file named {@code episodes.csv} and every {@code *.csv} below a folder named
 * {@code runs} (or anywhere, if the folder itself is named {@code runs}), at any depth, and every
 * {@code manifest.json}. Each CSV must have the header
 * {@value EpisodesCsv#HEADER}; within a file a run's rows must list episodes 0, 1, 2, … in order with one seed; a
 * non-finite return is allowed only on a row marked {@code diverged=1}, and no row may follow it. A run found in
 * several files must hold the same data in each (identical copies are merged). Two runs of one (environment, model)
 * may not share a seed, and a run's seed must match the manifest of its folder where that lists the run.
 * Every problem is reported as a {@link ResultsFormatException} naming the file and, for CSV content, the line.
 */
public final class ResultsReader {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final ObjectMapper JSON = Manifest.json();

    private ResultsReader() {
    }

    /** Reads and validates the given folders. */
    public static ResultSet read(List<Path> folders) {
        return read(folders, List.of());
    }

    /**
     * Reads and validates the given folders, skipping everything under {@code excluded} (for example the report's
     * own output folder when it lies inside an input folder).
     */
    public static ResultSet read(List<Path> folders, List<Path> excluded) {
        List<Path> skip = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        if (folders.isEmpty()) {
            throw new ResultsFormatException("no result folder given");
        }
        Map<RunKey, RunCurve> runs = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        List<ManifestSummary> manifests = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new ResultsFormatException("not a readable folder: " + folder);
            }
            List<Path> csvs = new ArrayList<>();
            List<Path> manifestFiles = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> skip.stream().noneMatch(x -> p.toAbsolutePath().normalize().startsWith(x)))
                        .sorted().forEach(p -> {
                    String name = p.getFileName().toString();
                    if (name.equals("manifest.json")) {
                        manifestFiles.add(p);
                    } else if (name.equals("episodes.csv") || (name.endsWith(".csv") && underRuns(folder, p))) {
                        csvs.add(p);
                    }
                });
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new ResultsFormatException("cannot list " + folder + ": " + e.getMessage(), e);
            }
            Map<RunKey, RunCurve> inFolder = new HashMap<>();
            for (Path csv : csvs) {
                files.add(csv);
                for (RunCurve run : readCsv(csv)) {
                    RunKey key = RunKey.of(run);
                    RunCurve earlier = runs.get(key);
                    if (earlier == null) {
                        runs.put(key, run);
                    } else if (!earlier.sameData(run)) {
                        throw new ResultsFormatException(run.label() + " in " + csv + " differs from the same run in "
                                + earlier.source());
                    }
                    inFolder.put(key, run);
                }
            }
            for (Path file : manifestFiles) {
                ManifestSummary manifest = readManifest(file);
                for (ManifestSummary.Entry entry : manifest.runs()) {
                    RunCurve run = inFolder.get(new RunKey(entry.environment(), entry.model(), entry.run()));
                    if (run != null && run.seed() != entry.seed()) {
                        throw new ResultsFormatException(file + ": " + run.label() + " has seed " + entry.seed()
                                + " but " + run.source() + " has seed " + run.seed());
                    }
                }
                manifests.add(manifest);
            }
        }
        if (runs.isEmpty()) {
            throw new ResultsFormatException("no results found (episodes.csv or runs/**/*.csv) in " + folders);
        }
        TreeMap<Cell, List<RunCurve>> cells = new TreeMap<>();
        for (RunCurve run : runs.values()) {
            cells.computeIfAbsent(new Cell(run.environment(), run.model()), c -> new ArrayList<>()).add(run);
        }
        for (Map.Entry<Cell, List<RunCurve>> cell : cells.entrySet()) {
            cell.getValue().sort((a, b) -> Integer.compare(a.run(), b.run()));
            Map<Long, RunCurve> bySeed = new HashMap<>();
            for (RunCurve run : cell.getValue()) {
                RunCurve other = bySeed.putIfAbsent(run.seed(), run);
                if (other != null) {
                    throw new ResultsFormatException(other.label() + " (" + other.source() + ") and " + run.label()
                            + " (" + run.source() + ") share seed " + run.seed() + "; runs must be independent");
                }
            }
        }
        return new ResultSet(folders, files, cells, manifests);
    }

    private static boolean underRuns(Path folder, Path file) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        if (name != null && name.toString().equals("runs")) {
            return true;
        }
        Path relative = folder.relativize(file).getParent();
        if (relative == null) {
            return false;
        }
        for (Path part : relative) {
            if (part.toString().equals("runs")) {
                return true;
            }
        }
        return false;
    }

    /** Reads the runs of one CSV file. */
    static List<RunCurve> readCsv(Path file) {
        Map<RunKey, Builder> builders = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new ResultsFormatException(file + ": empty file, expected header " + EpisodesCsv.HEADER);
            }
            if (!strip(header).equals(EpisodesCsv.HEADER)) {
                throw new ResultsFormatException(file + ":1: header is '" + strip(header) + "', expected '"
                        + EpisodesCsv.HEADER + "'");
            }
            int lineNumber = 1;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                parseRow(file, lineNumber, strip(line), builders);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ResultsFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<RunCurve> out = new ArrayList<>();
        for (Map.Entry<RunKey, Builder> e : builders.entrySet()) {
            RunKey k = e.getKey();
            Builder b = e.getValue();
            out.add(new RunCurve(k.environment, k.model, k.run, b.seed, Arrays.copyOf(b.returns, b.size), b.diverged,
                    file));
        }
        return out;
    }

    private static void parseRow(Path file, int line, String text, Map<RunKey, Builder> builders) {
        String where = file + ":" + line + ": ";
        String[] f = text.split(",", -1);
        if (f.length != 10) {
            throw new ResultsFormatException(where + "expected 10 fields, found " + f.length);
        }
        String environment = f[0];
        String model = f[1];
        if (!ID.matcher(environment).matches() || !ID.matcher(model).matches()) {
            throw new ResultsFormatException(where + "invalid environment or model id '" + environment + "', '"
                    + model + "'");
        }
        int run = parseInt(where, "run", f[2]);
        long seed;
        try {
            seed = Long.parseLong(f[3]);
        } catch (NumberFormatException e) {
            throw new ResultsFormatException(where + "seed is not an integer: '" + f[3] + "'");
        }
        int episode = parseInt(where, "episode", f[4]);
        double value;
        try {
            value = Double.parseDouble(f[5]);
        } catch (NumberFormatException e) {
            throw new ResultsFormatException(where + "return is not a number: '" + f[5] + "'");
        }
        parseInt(where, "length", f[6]);
        parseFlag(where, "terminated", f[7]);
        parseFlag(where, "truncated", f[8]);
        boolean diverged = parseFlag(where, "diverged", f[9]);
        if (!Double.isFinite(value) && !diverged) {
            throw new ResultsFormatException(where + "non-finite return " + f[5] + " on a row not marked diverged");
        }
        RunKey key = new RunKey(environment, model, run);
        Builder b = builders.get(key);
        if (b == null) {
            b = new Builder(seed);
            builders.put(key, b);
        }
        if (b.seed != seed) {
            throw new ResultsFormatException(where + "seed " + seed + " differs from seed " + b.seed
                    + " on earlier rows of " + key);
        }
        if (b.diverged) {
            throw new ResultsFormatException(where + key + " has a row after its diverged row");
        }
        if (episode != b.size) {
            throw new ResultsFormatException(where + key + " episode " + episode + ", expected " + b.size);
        }
        b.add(value, diverged);
    }

    private static int parseInt(String where, String name, String text) {
        try {
            int v = Integer.parseInt(text);
            if (v < 0) {
                throw new ResultsFormatException(where + name + " is negative: " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ResultsFormatException(where + name + " is not an integer: '" + text + "'");
        }
    }

    private static boolean parseFlag(String where, String name, String text) {
        if (text.equals("0")) {
            return false;
        }
        if (text.equals("1")) {
            return true;
        }
        throw new ResultsFormatException(where + name + " must be 0 or 1, was '" + text + "'");
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Reads the provenance fields of a manifest; unknown fields are ignored. */
    static ManifestSummary readManifest(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ResultsFormatException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ResultsFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ResultsFormatException(file + ": not a JSON object");
        }
        JsonNode p = root.path("provenance");
        List<ManifestSummary.Entry> entries = new ArrayList<>();
        for (JsonNode r : root.path("runs")) {
            if (!r.path("environment").isTextual() || !r.path("model").isTextual() || !r.path("run").canConvertToInt()
                    || !r.path("seed").canConvertToLong()) {
                throw new ResultsFormatException(file + ": a run entry lacks environment, model, run or seed: " + r);
            }
            entries.add(new ManifestSummary.Entry(r.get("environment").asText(), r.get("model").asText(),
                    r.get("run").asInt(), r.get("seed").asLong()));
        }
        return new ManifestSummary(file, text(root, "command"), text(root, "createdAt"), text(p, "gitCommit"),
                p.path("gitDirty").isBoolean() ? p.get("gitDirty").asBoolean() : null, text(p, "java"), text(p, "os"),
                text(p, "host"), p.path("processors").isNumber() ? p.get("processors").asInt() : null,
                root.path("wallSeconds").isNumber() ? root.get("wallSeconds").asDouble() : null,
                root.path("peakResidentMiB").canConvertToLong() ? root.get("peakResidentMiB").asLong() : null,
                texts(p.path("jvmArguments")), textMap(p.path("libraries")), entries);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Map<String, String> textMap(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    private record RunKey(String environment, String model, int run) {
        static RunKey of(RunCurve r) {
            return new RunKey(r.environment(), r.model(), r.run());
        }

        @Override
        public String toString() {
            return environment + "/" + model + "/run-" + String.format("%03d", run);
        }
    }

    private static final class Builder {
        final long seed;
        double[] returns = new double[1024];
        int size;
        boolean diverged;

        Builder(long seed) {
            this.seed = seed;
        }

        void add(double value, boolean divergedHere) {
            if (size == returns.length) {
                returns = Arrays.copyOf(returns, size * 2);
            }
            returns[size++] = value;
            diverged = divergedHere;
        }
    }
}
