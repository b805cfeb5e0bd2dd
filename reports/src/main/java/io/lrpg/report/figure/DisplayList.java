package io.lrpg.report.figure;

import java.util.List;

/**
 * A figure compiled to drawing operations: what both renderers draw, in order ({@link SvgRenderer},
 * {@link PngRenderer}). Built once per figure by {@link FigureCompiler}.
 *
 * @param width      width in pixels
 * @param height     height in pixels
 * @param clips      clip rectangles the primitives refer to by index
 * @param primitives the drawing operations, back to front
 */
public record DisplayList(int width, int height, List<ClipRect> clips, List<Primitive> primitives) {

    /** Copies the lists. */
    public DisplayList {
        clips = List.copyOf(clips);
        primitives = List.copyOf(primitives);
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be positive, was " + width + " × " + height);
        }
    }

    /**
     * A clip rectangle (a plot area): drawing is limited to it.
     *
     * @param x      left
     * @param y      top
     * @param width  width
     * @param height height
     */
    public record ClipRect(double x, double y, double width, double height) {
    }

    /** The primitives with a given role. */
    public List<Primitive> withRole(Role role) {
        return primitives.stream().filter(p -> p.role() == role).toList();
    }
}
