package io.lrpg.report.figure;

/**
 * Which parts of a plot area hold data, on a grid of {@value #CELL} px cells, for placing legends and insets where
 * they cover the least. Lines mark the cells they pass through (sampled every pixel along each segment); bands mark
 * every cell between their upper and lower edge, column by column.
 */
final class Occupancy {

    /** Cell size, px. */
    static final double CELL = 4;

    private final double left;
    private final double top;
    private final int columns;
    private final int rows;
    private final boolean[] cells;

    Occupancy(double left, double top, double width, double height) {
        this.left = left;
        this.top = top;
        this.columns = Math.max(1, (int) Math.ceil(width / CELL));
        this.rows = Math.max(1, (int) Math.ceil(height / CELL));
        this.cells = new boolean[columns * rows];
    }

    private void mark(double x, double y) {
        int c = (int) Math.floor((x - left) / CELL);
        int r = (int) Math.floor((y - top) / CELL);
        if (c >= 0 && c < columns && r >= 0 && r < rows) {
            cells[r * columns + c] = true;
        }
    }

    /**
     * Marks the cells a segment passes through: the part of the segment inside the grid (Liang–Barsky: the parameter
     * range [t0, t1] of P(t) = P1 + t·(P2 − P1) with every coordinate inside), sampled every pixel.
     */
    void markSegment(double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] t = {0, 1};
        if (!clip(-dx, x1 - left, t) || !clip(dx, left + columns * CELL - x1, t) || !clip(-dy, y1 - top, t)
                || !clip(dy, top + rows * CELL - y1, t)) {
            return;
        }
        double length = (t[1] - t[0]) * Math.max(Math.abs(dx), Math.abs(dy));
        int steps = (int) Math.ceil(length) + 1;
        for (int s = 0; s <= steps; s++) {
            double f = t[0] + (t[1] - t[0]) * s / steps;
            mark(x1 + f * dx, y1 + f * dy);
        }
    }

    /** One Liang–Barsky boundary: keeps the t with p·t ≤ q in t = {t0, t1}; false if none is left. */
    private static boolean clip(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            t[0] = Math.max(t[0], r);
        } else {
            t[1] = Math.min(t[1], r);
        }
        return t[0] <= t[1];
    }

    /** Marks the cells of a rectangle. */
    void markRect(double x, double y, double w, double h) {
        for (int r = Math.max(0, (int) Math.floor((y - top) / CELL)); r < rows && top + r * CELL < y + h; r++) {
            for (int c = Math.max(0, (int) Math.floor((x - left) / CELL)); c < columns && left + c * CELL < x + w;
                    c++) {
                cells[r * columns + c] = true;
            }
        }
    }

    /**
     * Marks a band: at the centre of each cell column between the band's first and last x, every cell between the
     * upper and the lower edge, each edge linearly interpolated between its kept points (increasing x assumed).
     */
    void markBand(double[] px, double[] upper, int[] keptUpper, double[] lower, int[] keptLower) {
        double from = px[keptUpper[0]];
        double to = px[keptUpper[keptUpper.length - 1]];
        int firstColumn = Math.max(0, (int) Math.floor((Math.min(from, to) - left) / CELL));
        int lastColumn = Math.min(columns - 1, (int) Math.floor((Math.max(from, to) - left) / CELL));
        int u = 0;
        int l = 0;
        for (int c = firstColumn; c <= lastColumn; c++) {
            double x = left + (c + 0.5) * CELL;
            while (u + 2 < keptUpper.length && px[keptUpper[u + 1]] < x) {
                u++;
            }
            while (l + 2 < keptLower.length && px[keptLower[l + 1]] < x) {
                l++;
            }
            double yTop = interpolate(px, upper, keptUpper, u, x);
            double yBottom = interpolate(px, lower, keptLower, l, x);
            double a = Math.min(yTop, yBottom);
            double b = Math.max(yTop, yBottom);
            for (int r = Math.max(0, (int) Math.floor((a - top) / CELL)); r < rows && top + r * CELL <= b; r++) {
                cells[r * columns + c] = true;
            }
        }
    }

    private static double interpolate(double[] px, double[] py, int[] kept, int k, double x) {
        if (kept.length == 1) {
            return py[kept[0]];
        }
        double x0 = px[kept[k]];
        double x1 = px[kept[k + 1]];
        double y0 = py[kept[k]];
        double y1 = py[kept[k + 1]];
        if (x1 == x0) {
            return y1;
        }
        double f = Math.max(0, Math.min(1, (x - x0) / (x1 - x0)));
        return y0 + f * (y1 - y0);
    }

    /** Number of marked cells that intersect the rectangle. */
    int count(double x, double y, double w, double h) {
        int n = 0;
        for (int r = Math.max(0, (int) Math.floor((y - top) / CELL)); r < rows && top + r * CELL < y + h; r++) {
            for (int c = Math.max(0, (int) Math.floor((x - left) / CELL)); c < columns && left + c * CELL < x + w;
                    c++) {
                if (cells[r * columns + c]) {
                    n++;
                }
            }
        }
        return n;
    }
}
