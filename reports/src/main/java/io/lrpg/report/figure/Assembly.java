package io.lrpg.report.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the convenience builders share: colours keyed by curve name, and one legend or one per panel. */
final class Assembly {

    private Assembly() {
    }

    /**
     * A colour per curve name: the requested colour if given (the first request of a name wins), otherwise the next
     * colour of {@link Palette#OTHERS} in order of first appearance.
     *
     * @param names     curve names, in drawing order over all panels
     * @param requested the requested colour of each (null for none)
     */
    static Map<String, Rgba> colours(List<String> names, List<Rgba> requested) {
        Map<String, Rgba> colours = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (requested.get(i) != null) {
                colours.putIfAbsent(names.get(i), requested.get(i));
            }
        }
        int next = 0;
        for (String name : names) {
            if (!colours.containsKey(name)) {
                colours.put(name, Palette.other(next++));
            }
        }
        return colours;
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
