package io.lrpg.report.figure;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One plot: a title, two axes and what is drawn on them. Drawing order: grid, bands, reference lines, series,
 * clipping marks, axes, legend, notes, inset.
 *
 * @param title      the title above the plot, empty for none
 * @param x          the horizontal axis
 * @param y          the vertical axis
 * @param bands      filled areas, drawn first
 * @param series     lines, drawn over all bands (names unique among series, as are band names among bands)
 * @param references reference lines
 * @param legend     the panel's own legend, or null for none
 * @param notes      texts inside the plot area
 * @param inset      a small panel inside this one, or null
 * @param pointNoun  what one data point is, plural, for clipping notes ("episodes", "thresholds")
 */
public record Panel(String title, Axis x, Axis y, List<Band> bands, List<Series> series,
        List<ReferenceLine> references, Legend legend, List<Note> notes, Inset inset, String pointNoun) {

    /** Validates the panel. */
    public Panel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(pointNoun, "pointNoun");
        bands = List.copyOf(bands);
        series = List.copyOf(series);
        references = List.copyOf(references);
        notes = List.copyOf(notes);
        Set<String> names = new HashSet<>();
        for (Series s : series) {
            if (!names.add("series " + s.name())) {
                throw new IllegalArgumentException("panel '" + title + "': two series named '" + s.name() + "'");
            }
        }
        for (Band b : bands) {
            if (!names.add("band " + b.name())) {
                throw new IllegalArgumentException("panel '" + title + "': two bands named '" + b.name() + "'");
            }
        }
    }

    /** An empty panel (no data, no legend) whose clipping notes count "points". */
    public static Panel of(String title, Axis x, Axis y) {
        return new Panel(title, x, y, List.of(), List.of(), List.of(), null, List.of(), null, "points");
    }

    /** This panel with other bands. */
    public Panel withBands(List<Band> newBands) {
        return new Panel(title, x, y, newBands, series, references, legend, notes, inset, pointNoun);
    }

    /** This panel with other series. */
    public Panel withSeries(List<Series> newSeries) {
        return new Panel(title, x, y, bands, newSeries, references, legend, notes, inset, pointNoun);
    }

    /** This panel with other reference lines. */
    public Panel withReferences(List<ReferenceLine> newReferences) {
        return new Panel(title, x, y, bands, series, newReferences, legend, notes, inset, pointNoun);
    }

    /** This panel with another legend (null for none). */
    public Panel withLegend(Legend newLegend) {
        return new Panel(title, x, y, bands, series, references, newLegend, notes, inset, pointNoun);
    }

    /** This panel with other notes. */
    public Panel withNotes(List<Note> newNotes) {
        return new Panel(title, x, y, bands, series, references, legend, newNotes, inset, pointNoun);
    }

    /** This panel with another inset (null for none). */
    public Panel withInset(Inset newInset) {
        return new Panel(title, x, y, bands, series, references, legend, notes, newInset, pointNoun);
    }

    /** This panel with other axes. */
    public Panel withAxes(Axis newX, Axis newY) {
        return new Panel(title, newX, newY, bands, series, references, legend, notes, inset, pointNoun);
    }

    /** This panel with another noun for its data points. */
    public Panel withPointNoun(String noun) {
        return new Panel(title, x, y, bands, series, references, legend, notes, inset, noun);
    }
}
