package io.lrpg.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The definition of a sweep, written by {@code lrpg sweep} into {@code sweeps/<name>.json} of its results folder: its
 * axes (setting keys and the values tried, in the syntax of {@code --set}), the settings fixed for every point, and
 * which variant each point of each model is. The report draws a sweep's heatmaps from this file and the runs.
 *
 * @param format      {@value #FORMAT}
 * @param name        the sweep's name (the file name without extension)
 * @param environment the environment id
 * @param axes        the axes, in order
 * @param fixed       settings set for every point ({@code --set}), in the syntax of {@code --set}
 * @param points      every (model, axis values) point with its variant, in the plan's order
 * @param runs        seeded runs per point
 * @param firstSeed   the first seed; point runs have seeds firstSeed, firstSeed + 1, …
 */
public record SweepRecord(String format, String name, String environment, List<Axis> axes, Map<String, String> fixed,
        List<Point> points, int runs, long firstSeed) {

    /** The format tag of this version. */
    public static final String FORMAT = "lrpg-sweep/1";

    /** The folder of the sweep files inside a results folder. */
    public static final String FOLDER = "sweeps";

    public SweepRecord {
        Objects.requireNonNull(name, "name");
        RunId.checkVariant(name);
        axes = List.copyOf(axes);
        fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        points = List.copyOf(points);
    }

    /**
     * One axis.
     *
     * @param key    the setting key, as for {@code --set}
     * @param values the values tried, as for {@code --set}, in order
     */
    public record Axis(String key, List<String> values) {
        public Axis {
            values = List.copyOf(values);
        }
    }

    /**
     * One point of the sweep for one model.
     *
     * @param model   model id
     * @param values  the point's value of each axis that applies to the model (axis key → value)
     * @param variant the variant id of the point's runs
     */
    public record Point(String model, Map<String, String> values, String variant) {
        public Point {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The file of this sweep in a results folder. */
    public Path file(Path folder) {
        return folder.resolve(FOLDER).resolve(name + ".json");
    }

    /** Writes this record atomically. */
    public void write(Path folder) {
        AtomicFiles.write(file(folder), writer -> Json.mapper().writeValue(writer, this));
    }

    /**
     * Reads the sweep records of a results folder, by name.
     *
     * @throws ResultsFormatException if one cannot be read
     */
    public static List<SweepRecord> readAll(Path folder) {
        Path dir = folder.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<SweepRecord> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    SweepRecord record = Json.mapper().readValue(file.toFile(), SweepRecord.class);
                    if (!FORMAT.equals(record.format())) {
                        throw new ResultsFormatException(file + ": not a sweep record of format " + FORMAT);
                    }
                    out.add(record);
                } catch (IOException e) {
                    throw new ResultsFormatException(file + ": not a sweep record: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new ResultsFormatException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
