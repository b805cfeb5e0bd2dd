package io.lrpg.report.figure;

import java.util.Arrays;

/**
 * Thins long curves to what can be seen at the figure's resolution, in pixel coordinates. A pixel column is the set of
 * points with the same ⌊px⌋; a bucket is a maximal run of consecutive points (in the series' order) in one column.
 *
 * <p><b>Lines</b> ({@link #minMax}): per bucket, keep its first point, its last point, the point with the smallest
 * y and the one with the largest y (the first of equals), in their original order — at most four points per bucket.
 * This is the M4 aggregation (Jugel, Jerzak, Hackenbroich &amp; Markl, "M4: a visualization-oriented time series data
 * aggregation", VLDB 2014): a line through the kept points enters and leaves each column where the full line does and
 * reaches the same lowest and highest pixel, so rasterized at the column width it covers the same pixels. In particular
 * the envelope (minimum and maximum y per column) is unchanged. For x in increasing order a column is one bucket.
 *
 * <p><b>Band edges</b> ({@link #extreme}): per bucket, keep only the point with the largest y value (for an upper
 * edge; {@link Extreme#MIN}, the smallest, for a lower edge), plus the first and last point of the whole range so
 * that the band spans the same x. The polygon "kept upper points, then kept lower points reversed" has the same
 * per-column highest upper and lowest lower value as the full band, i.e. at the column width it shows, in each
 * column, everything between the lowest lower bound and the highest upper bound. One point per column and edge
 * instead of four keeps bands, the bulk of a learning-curve figure, small.
 *
 * <p>Both methods are O(n) and allocate only their result.
 */
public final class Decimation {

    private Decimation() {
    }

    /**
     * The indices in [from, to) kept by M4 (see the class comment), increasing.
     *
     * @param px x in pixels (columns are ⌊px⌋); finite
     * @param py y in pixels (or any value whose extremes matter); finite
     */
    public static int[] minMax(double[] px, double[] py, int from, int to) {
        checkRange(px, py, from, to);
        int[] kept = new int[Math.max(0, to - from)];
        int n = 0;
        int start = from;
        while (start < to) {
            long column = (long) Math.floor(px[start]);
            int end = start + 1;
            int lowest = start;
            int highest = start;
            while (end < to && (long) Math.floor(px[end]) == column) {
                if (py[end] < py[lowest]) {
                    lowest = end;
                }
                if (py[end] > py[highest]) {
                    highest = end;
                }
                end++;
            }
            int last = end - 1;
            // the four indices in increasing order, each once: start ≤ min(lowest, highest) ≤ max(...) ≤ last
            int a = Math.min(lowest, highest);
            int b = Math.max(lowest, highest);
            kept[n++] = start;
            if (a != start) {
                kept[n++] = a;
            }
            if (b != a) {
                kept[n++] = b;
            }
            if (last != b) {
                kept[n++] = last;
            }
            start = end;
        }
        return Arrays.copyOf(kept, n);
    }

    /**
     * The indices in [from, to) kept for a band edge (see the class comment), increasing: the first, one extreme per
     * bucket, the last.
     */
    public static int[] extreme(double[] px, double[] py, int from, int to, Extreme which) {
        checkRange(px, py, from, to);
        int[] kept = new int[Math.max(0, to - from) + 2];
        int n = 0;
        int start = from;
        while (start < to) {
            long column = (long) Math.floor(px[start]);
            int end = start + 1;
            int best = start;
            while (end < to && (long) Math.floor(px[end]) == column) {
                if (which == Extreme.MAX ? py[end] > py[best] : py[end] < py[best]) {
                    best = end;
                }
                end++;
            }
            if (start == from && best != from) {
                kept[n++] = from;
            }
            kept[n++] = best;
            start = end;
        }
        if (n > 0 && kept[n - 1] != to - 1) {
            kept[n++] = to - 1;
        }
        return Arrays.copyOf(kept, n);
    }

    private static void checkRange(double[] px, double[] py, int from, int to) {
        if (px.length != py.length) {
            throw new IllegalArgumentException("px has " + px.length + " values but py " + py.length);
        }
        if (from < 0 || to > px.length || from > to) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") outside [0, " + px.length + ")");
        }
    }
}
