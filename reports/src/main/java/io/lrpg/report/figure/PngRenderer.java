package io.lrpg.report.figure;

import io.lrpg.report.figure.DisplayList.ClipRect;
import io.lrpg.report.figure.Primitive.Polygon;
import io.lrpg.report.figure.Primitive.Polyline;
import io.lrpg.report.figure.Primitive.Text;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws a {@link DisplayList} with Java2D: antialiased, strokes with butt ends and bevel joins as in the SVG, pure
 * stroke control (no snapping to pixels, so the geometry is the display list's), text in the logical font
 * {@value Typography#PNG_FONT} at the list's pixel sizes with kerning on (as SVG renderers set text), anchored with
 * Java2D's own measure of the text so that centred and right-aligned text is placed as the SVG's {@code text-anchor}
 * places it.
 */
public final class PngRenderer {

    /** Default scale of PNG pixels per figure pixel (2: a 600 × 450 panel becomes 1200 × 900 pixels). */
    public static final double DEFAULT_SCALE = 2;

    private PngRenderer() {
    }

    /**
     * The figure as an opaque RGB image of ⌈width·scale⌉ × ⌈height·scale⌉ pixels.
     *
     * @param scale image pixels per figure pixel, &gt; 0
     */
    public static BufferedImage render(DisplayList list, double scale) {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be > 0, was " + scale);
        }
        BufferedImage image = new BufferedImage((int) Math.ceil(list.width() * scale),
                (int) Math.ceil(list.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            paint(list, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Renders and writes the PNG. */
    public static void write(DisplayList list, double scale, OutputStream out) throws IOException {
        if (!ImageIO.write(render(list, scale), "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }

    /**
     * Draws every primitive of the list, in order, with {@code g}'s current transform as figure pixels → device.
     *
     * @return the number of primitives drawn (the list's size)
     */
    public static int paint(DisplayList list, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        Shape[] clips = new Shape[list.clips().size()];
        for (int i = 0; i < clips.length; i++) {
            ClipRect c = list.clips().get(i);
            clips[i] = new Rectangle2D.Double(c.x(), c.y(), c.width(), c.height());
        }
        Map<String, Font> fonts = new HashMap<>();
        int drawn = 0;
        for (Primitive p : list.primitives()) {
            if (p instanceof Polyline line) {
                g.setClip(line.clip() >= 0 ? clips[line.clip()] : null);
                g.setColor(color(line.stroke().colour()));
                g.setStroke(stroke(line.stroke()));
                g.draw(path(line.points(), false));
            } else if (p instanceof Polygon polygon) {
                g.setClip(polygon.clip() >= 0 ? clips[polygon.clip()] : null);
                Path2D shape = path(polygon.points(), true);
                g.setColor(color(polygon.fill()));
                g.fill(shape);
                if (polygon.outline() != null) {
                    g.setColor(color(polygon.outline().colour()));
                    g.setStroke(stroke(polygon.outline()));
                    g.draw(shape);
                }
            } else {
                g.setClip(null);
                text(g, (Text) p, fonts);
            }
            drawn++;
        }
        g.setClip(null);
        return drawn;
    }

    private static void text(Graphics2D g, Text t, Map<String, Font> fonts) {
        Font font = fonts.computeIfAbsent(t.size() + "/" + t.weight(), k -> new Font(Typography.PNG_FONT,
                t.weight() == FontWeight.BOLD ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.size())
                .deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON)));
        g.setFont(font);
        g.setColor(color(t.colour()));
        double width = font.getStringBounds(t.text(), g.getFontRenderContext()).getWidth();
        double dx = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -width / 2;
            case END -> -width;
        };
        AffineTransform saved = g.getTransform();
        g.translate(t.x(), t.y());
        if (t.rotation() != 0) {
            g.rotate(Math.toRadians(t.rotation()));
        }
        g.drawString(t.text(), (float) dx, 0f);
        g.setTransform(saved);
    }

    private static Path2D path(double[] points, boolean closed) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, points.length / 2 + 1);
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    private static BasicStroke stroke(Stroke s) {
        double[] dash = s.dash().pattern();
        float[] pattern = null;
        if (dash.length > 0) {
            pattern = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                pattern[i] = (float) dash[i];
            }
        }
        return new BasicStroke((float) s.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10f, pattern, 0f);
    }

    private static Color color(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }
}
