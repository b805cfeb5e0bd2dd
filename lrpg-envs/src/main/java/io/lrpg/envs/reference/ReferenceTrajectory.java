package io.lrpg.envs.reference;

import java.util.Map;
import java.util.Objects;

/**
 * A parsed reference trajectory: one row per {@code step()} call, columns addressed by header name. Built
 * by {@link ReferenceCsv}; every column of the {@link #format()} is present and every row complete.
 */
public final class ReferenceTrajectory {

    private final String source;
    private final ReferenceFormat format;
    private final int rows;
    private final Map<String, double[]> columns;

    ReferenceTrajectory(String source, ReferenceFormat format, int rows, Map<String, double[]> columns) {
        this.source = Objects.requireNonNull(source, "source");
        this.format = Objects.requireNonNull(format, "format");
        this.rows = rows;
        this.columns = Map.copyOf(columns);
    }

    /** The file, as named by whoever read it. */
    public String source() {
        return source;
    }

    /** The layout, and with it the environment. */
    public ReferenceFormat format() {
        return format;
    }

    /** The number of data rows (steps). */
    public int rows() {
        return rows;
    }

    /** The value in column {@code name} of data row {@code row} (0-based, header excluded). */
    public double value(String name, int row) {
        return column(name)[row];
    }

    /** The 1-based line of data row {@code row} in the file (the header is line 1). */
    public static int lineOf(int row) {
        return row + 2;
    }

    double[] column(String name) {
        double[] column = columns.get(name);
        if (column == null) {
            throw new IllegalArgumentException("no column '" + name + "' in format " + format);
        }
        return column;
    }
}
