package io.lrpg.report.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** What the convenience builders share: colours keyed by curve name, and one legend or one per panel. */
final class Assembly {

    private Assembly() {
    }

    /**
     * A colour per curve name: the requested colour if given (the first request of a name wins), otherwise the next
     * colour of {@link Palette#OTHERS} in order of first appearance.
     *
     * @param curves the curves, in drawing order over all panels
     * @param name   a curve's name
     * @param colour a curve's requested colour (null for none)
     */
    static <T> Map<String, Rgba> colours(List<T> curves, Function<T, String> name, Function<T, Rgba> colour) {
        Map<String, Rgba> colours = new LinkedHashMap<>();
        for (T c : curves) {
            if (colour.apply(c) != null) {
                colours.putIfAbsent(name.apply(c), colour.apply(c));
            }
        }
        int next = 0;
        for (T c : curves) {
            if (!colours.containsKey(name.apply(c))) {
                colours.put(name.apply(c), Palette.other(next++));
            }
        }
        return colours;
    }

    /** Checks a band's bounds: both or neither, each of n values. */
    static void checkBand(String item, int n, double[] lower, double[] upper) {
        if ((lower == null) != (upper == null)) {
            throw new IllegalArgumentException(item + ": give both band bounds or neither");
        }
        if (lower != null && (lower.length != n || upper.length != n)) {
            throw new IllegalArgumentException(item + ": " + n + " x values but band bounds of " + lower.length
                    + " and " + upper.length);
        }
    }

    /**
     * The figure. The legend is shared (one, below all panels, listing every distinct entry in order of first
     * appearance) when no two distinct entries have the same swatch, so that a reader can tell every line apart;
     * otherwise (e.g. the same model with a different label in one panel) each panel gets its entries below it.
     */
    static Figure figure(List<Panel> panels, List<List<LegendEntry>> entries, int columns, int panelWidth,
            int panelHeight, List<String> footnotes) {
        List<LegendEntry> union = new ArrayList<>();
        entries.forEach(list -> list.stream().filter(e -> !union.contains(e)).forEach(union::add));
        Set<List<Object>> swatches = new HashSet<>();
        boolean shared = union.stream().allMatch(e -> swatches.add(Arrays.asList(e.line(), e.fill())));
        List<Panel> out = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            out.add(shared ? panels.get(i) : panels.get(i).withLegend(new Legend(LegendPosition.BELOW,
                    entries.get(i))));
        }
        Legend legend = shared ? new Legend(LegendPosition.BELOW, union) : null;
        return new Figure(out, Math.min(columns, panels.size()), panelWidth, panelHeight, legend, footnotes,
                Typography.DEFAULT);
    }
}
