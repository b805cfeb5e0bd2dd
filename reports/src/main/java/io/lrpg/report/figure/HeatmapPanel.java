package io.lrpg.report.figure;

import java.util.List;
import java.util.Objects;

/**
 * One heatmap: a grid of cells over two categorical axes (for example rank × grid size), each cell coloured by its
 * value and labelled with it.
 *
 * @param title       the title
 * @param xLabel      the horizontal axis's label
 * @param xCategories the columns' labels, left to right
 * @param yLabel      the vertical axis's label
 * @param yCategories the rows' labels, bottom to top
 * @param values      {@code values[row][column]}; NaN for a cell without a value (drawn grey, labelled "–")
 * @param labels      {@code labels[row][column]}, the text in each cell, or null to write each value with three
 *                    significant digits
 * @param scale       how values map to colours: linear, or log10 (values must then be &gt; 0)
 * @param marked      cells to frame in black, each {row, column} (for example the paper's setting); may be empty
 * @param markLabel   the legend entry of the frame, e.g. "black frame: the paper's setting" (used if a cell is marked)
 */
public record HeatmapPanel(String title, String xLabel, List<String> xCategories, String yLabel,
        List<String> yCategories, double[][] values, String[][] labels, Scale scale, List<int[]> marked,
        String markLabel) {

    /** Validates the panel. */
    public HeatmapPanel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(markLabel, "markLabel");
        xCategories = List.copyOf(xCategories);
        yCategories = List.copyOf(yCategories);
        marked = List.copyOf(marked);
        if (xCategories.isEmpty() || yCategories.isEmpty()) {
            throw new IllegalArgumentException("heatmap " + title + " needs at least one row and one column");
        }
        check(title, "values", values.length, yCategories.size(), xCategories.size(), values);
        if (labels != null) {
            check(title, "labels", labels.length, yCategories.size(), xCategories.size(), labels);
        }
        for (int[] cell : marked) {
            if (cell.length != 2 || cell[0] < 0 || cell[0] >= yCategories.size() || cell[1] < 0
                    || cell[1] >= xCategories.size()) {
                throw new IllegalArgumentException("heatmap " + title + ": marked cell " + java.util.Arrays.toString(cell)
                        + " is not a {row, column} of the grid");
            }
        }
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isInfinite(v) || scale == Scale.LOG10 && !(v > 0) && !Double.isNaN(v)) {
                    throw new IllegalArgumentException("heatmap " + title + ": value " + v + " cannot be coloured on a "
                            + scale + " scale");
                }
            }
        }
    }

    private static void check(String title, String what, int rows, int wantRows, int wantColumns, Object[] grid) {
        if (rows != wantRows) {
            throw new IllegalArgumentException("heatmap " + title + ": " + rows + " rows of " + what + " for "
                    + wantRows + " categories");
        }
        for (Object row : grid) {
            int n = row instanceof double[] d ? d.length : ((Object[]) row).length;
            if (n != wantColumns) {
                throw new IllegalArgumentException("heatmap " + title + ": a row of " + what + " has " + n
                        + " columns for " + wantColumns + " categories");
            }
        }
    }

    /** Rows. */
    public int rows() {
        return yCategories.size();
    }

    /** Columns. */
    public int columns() {
        return xCategories.size();
    }
}
