package io.lrpg.envs.reference;

import io.lrpg.envs.EnvironmentId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads reference trajectories in the CSV format of {@code reference/envs/README.md}: comma separated, one
 * header row, no quoting, one row per step, booleans as 0/1. Columns are found by header name (any order);
 * the step index {@code t} must count 0, 1, 2, … Every problem raises a {@link ReferenceFormatException}
 * naming the file and line.
 */
public final class ReferenceCsv {

    private ReferenceCsv() {}

    /** Reads {@code file}, choosing the format from its file-name prefix. */
    public static ReferenceTrajectory read(Path file) {
        String source = file.toString();
        Path name = file.getFileName();
        ReferenceFormat format = ReferenceFormat.fromFileName(source, name == null ? "" : name.toString());
        return read(file, format);
    }

    /** Reads {@code file} as a trajectory of {@code environment}, whatever its name. */
    public static ReferenceTrajectory read(Path file, EnvironmentId environment) {
        return read(file, ReferenceFormat.of(environment));
    }

    /** Reads {@code file} in {@code format}. */
    public static ReferenceTrajectory read(Path file, ReferenceFormat format) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new ReferenceFormatException(source, "is a directory, not a file");
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(source, reader, format);
        } catch (NoSuchFileException e) {
            throw new ReferenceFormatException(source, OptionalInt.empty(), "no such file", e);
        } catch (IOException | UncheckedIOException e) {
            throw new ReferenceFormatException(source, OptionalInt.empty(), "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a trajectory from {@code reader}.
     *
     * @param source the name used in error messages and kept in the result
     */
    public static ReferenceTrajectory parse(String source, Reader reader, ReferenceFormat format) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String header = lines.readLine();
        if (header == null || stripCarriageReturn(header).isEmpty()) {
            throw new ReferenceFormatException(source, 1, "empty file, expected a header line");
        }
        String[] names = stripCarriageReturn(header).split(",", -1);
        Set<String> known = new HashSet<>(format.columns());
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!known.contains(name)) {
                throw new ReferenceFormatException(source, 1, "unknown column '" + name + "' for format "
                        + format.filePrefix() + "* (expected " + String.join(",", format.columns()) + ")");
            }
            if (!seen.add(name)) {
                throw new ReferenceFormatException(source, 1, "duplicate column '" + name + "'");
            }
        }
        for (String name : format.columns()) {
            if (!seen.contains(name)) {
                throw new ReferenceFormatException(source, 1, "missing column '" + name + "' for format "
                        + format.filePrefix() + "*");
            }
        }
        Set<String> flags = new HashSet<>();
        format.outputs().stream()
                .filter(c -> c.kind() == ReferenceFormat.ColumnKind.FLAG)
                .forEach(c -> flags.add(c.name()));

        List<double[]> rows = new ArrayList<>();
        int lineNumber = 1;
        for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
            lineNumber++;
            String line = stripCarriageReturn(raw);
            String[] fields = line.split(",", -1);
            if (fields.length < names.length) {
                throw new ReferenceFormatException(source, lineNumber,
                        "too few columns: expected " + names.length + ", found " + (line.isEmpty() ? 0 : fields.length));
            }
            if (fields.length > names.length) {
                throw new ReferenceFormatException(source, lineNumber,
                        "too many columns: expected " + names.length + ", found " + fields.length);
            }
            double[] row = new double[names.length];
            for (int c = 0; c < names.length; c++) {
                row[c] = number(source, lineNumber, names[c], fields[c]);
                if (flags.contains(names[c]) && row[c] != 0.0 && row[c] != 1.0) {
                    throw new ReferenceFormatException(source, lineNumber,
                            "flag column " + names[c] + " must be 0 or 1, was '" + fields[c] + "'");
                }
                if (names[c].equals(ReferenceFormat.STEP_COLUMN) && row[c] != rows.size()) {
                    throw new ReferenceFormatException(source, lineNumber, "step index t is '" + fields[c]
                            + "', expected " + rows.size() + " (rows must count 0, 1, 2, ...)");
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new ReferenceFormatException(source, "no data rows after the header");
        }
        Map<String, double[]> columns = new HashMap<>();
        for (int c = 0; c < names.length; c++) {
            double[] column = new double[rows.size()];
            for (int r = 0; r < column.length; r++) {
                column[r] = rows.get(r)[c];
            }
            columns.put(names[c], column);
        }
        return new ReferenceTrajectory(source, format, rows.size(), columns);
    }

    private static double number(String source, int line, String column, String field) {
        double value;
        try {
            value = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new ReferenceFormatException(source, OptionalInt.of(line),
                    "unparsable number '" + field + "' in column " + column, e);
        }
        if (!Double.isFinite(value)) {
            throw new ReferenceFormatException(source, line, "non-finite number '" + field + "' in column " + column);
        }
        return value;
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
