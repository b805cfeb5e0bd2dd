package io.lrpg.report.figure;

/** What a drawing primitive is for; the SVG writes it as the element's {@code class}. */
public enum Role {
    /** The figure's white background. */
    BACKGROUND("background"),
    /** Grid lines at labelled ticks. */
    GRID("grid"),
    /** A band (filled area between two curves). */
    BAND("band"),
    /** A reference line. */
    REFERENCE("reference"),
    /** A data series. */
    SERIES("series"),
    /** A mark at the edge of the plot area where data lies outside the axis range. */
    CLIP_MARK("clip-mark"),
    /** Axis lines. */
    AXIS("axis"),
    /** Tick marks. */
    TICK("tick"),
    /** Tick labels. */
    TICK_LABEL("tick-label"),
    /** Axis titles. */
    AXIS_LABEL("axis-label"),
    /** Panel titles. */
    TITLE("title"),
    /** Legend box. */
    LEGEND_FRAME("legend-frame"),
    /** Legend swatch (line or filled rectangle). */
    LEGEND_SWATCH("legend-swatch"),
    /** Legend text. */
    LEGEND_LABEL("legend-label"),
    /** A note inside a plot, or a reference line's label. */
    NOTE("note"),
    /** An inset's background and frame. */
    INSET_FRAME("inset-frame"),
    /** The text of a clipping note (below the figure). */
    CLIP_NOTE("clip-note"),
    /** A footnote given with the figure. */
    FOOTNOTE("footnote");

    private final String cssClass;

    Role(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The SVG class name. */
    public String cssClass() {
        return cssClass;
    }
}
