package io.lrpg.report.figure;

/**
 * One drawing operation of a {@link DisplayList}, in figure pixels (origin top left, y down). Coordinates are rounded
 * to 0.1 px when the list is built, so that the SVG (which writes them with one decimal) and the PNG draw exactly the
 * same geometry.
 */
public sealed interface Primitive permits Primitive.Polyline, Primitive.Polygon, Primitive.Text {

    /** What it is for. */
    Role role();

    /** The group it belongs to ("panel-0", "panel-0-inset", "legend", "footnotes"; empty for the background). */
    String group();

    /**
     * An open line through points.
     *
     * @param role   what it is for
     * @param group  its group
     * @param name   the data item's name for series and clipping marks, else empty
     * @param points x0, y0, x1, y1, … (at least two points)
     * @param stroke how it is drawn
     * @param clip   index of its clip rectangle in {@link DisplayList#clips()}, or −1
     */
    record Polyline(Role role, String group, String name, double[] points, Stroke stroke, int clip)
            implements Primitive {
    }

    /**
     * A closed, filled polygon, optionally outlined.
     *
     * @param role    what it is for
     * @param group   its group
     * @param name    the data item's name for bands and clipping marks, else empty
     * @param points  x0, y0, x1, y1, … (at least three points)
     * @param fill    the fill
     * @param outline the outline, or null
     * @param clip    index of its clip rectangle, or −1
     */
    record Polygon(Role role, String group, String name, double[] points, Rgba fill, Stroke outline, int clip)
            implements Primitive {
    }

    /**
     * One line of text; (x, y) is the anchor point on the baseline.
     *
     * @param role     what it is for
     * @param group    its group
     * @param x        anchor x
     * @param y        baseline y
     * @param text     the text
     * @param size     font size in pixels
     * @param weight   normal or bold
     * @param anchor   alignment on x
     * @param rotation rotation in degrees about (x, y), clockwise on the page (−90 reads bottom to top)
     * @param colour   colour
     */
    record Text(Role role, String group, double x, double y, String text, double size, FontWeight weight,
            Anchor anchor, double rotation, Rgba colour) implements Primitive {
    }
}
