package io.lrpg.report.figure;

import io.lrpg.report.figure.DisplayList.ClipRect;
import io.lrpg.report.figure.Primitive.Polygon;
import io.lrpg.report.figure.Primitive.Polyline;
import io.lrpg.report.figure.Primitive.Text;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes a {@link DisplayList} as SVG 1.1, one element per primitive, in order: {@code <polyline>} for a
 * {@link Polyline}, {@code <polygon>} for a {@link Polygon}, {@code <text>} for a {@link Text} (real text in the
 * font-family list {@value Typography#SVG_FONT_FAMILIES}, no glyph outlines, no embedded fonts or images). Each element
 * has {@code class} = its {@link Role#cssClass()} and, for data, {@code data-name} = the item's name; coordinates are
 * written with at most one decimal (they are already rounded to 0.1 px). Clip rectangles are {@code <clipPath>}s in
 * {@code <defs>}; the primitives of one group are wrapped in {@code <g id="group">}.
 */
public final class SvgRenderer {

    private SvgRenderer() {
    }

    /** The SVG document as a string. */
    public static String toSvg(DisplayList list) {
        StringWriter out = new StringWriter(64 * 1024);
        try {
            write(list, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the SVG document. */
    public static void write(DisplayList list, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(list.width())
                .append("\" height=\"").append(list.height()).append("\" viewBox=\"0 0 ").append(list.width())
                .append(' ').append(list.height()).append("\" font-family=\"").append(Typography.SVG_FONT_FAMILIES)
                .append("\" stroke-linejoin=\"bevel\" stroke-linecap=\"butt\">\n");
        if (!list.clips().isEmpty()) {
            sb.append("<defs>\n");
            for (int i = 0; i < list.clips().size(); i++) {
                ClipRect c = list.clips().get(i);
                sb.append("<clipPath id=\"clip").append(i).append("\"><rect x=\"");
                number(sb, c.x());
                sb.append("\" y=\"");
                number(sb, c.y());
                sb.append("\" width=\"");
                number(sb, c.width());
                sb.append("\" height=\"");
                number(sb, c.height());
                sb.append("\"/></clipPath>\n");
            }
            sb.append("</defs>\n");
        }
        String open = "";
        Set<String> closed = new HashSet<>();
        for (Primitive p : list.primitives()) {
            if (!p.group().equals(open)) {
                if (!open.isEmpty()) {
                    sb.append("</g>\n");
                    closed.add(open);
                }
                if (closed.contains(p.group())) {
                    throw new IllegalArgumentException("group " + p.group() + " is not contiguous in the display list");
                }
                open = p.group();
                if (!open.isEmpty()) {
                    sb.append("<g id=\"").append(escape(open)).append("\">\n");
                }
            }
            if (p instanceof Polyline line) {
                polyline(sb, line);
            } else if (p instanceof Polygon polygon) {
                polygon(sb, polygon);
            } else {
                text(sb, (Text) p);
            }
            if (sb.length() > 1 << 16) {
                out.append(sb);
                sb.setLength(0);
            }
        }
        if (!open.isEmpty()) {
            sb.append("</g>\n");
        }
        sb.append("</svg>\n");
        out.append(sb);
        out.flush();
    }

    private static void polyline(StringBuilder sb, Polyline p) {
        sb.append("<polyline class=\"").append(p.role().cssClass()).append('"');
        name(sb, p.name());
        sb.append(" points=\"");
        points(sb, p.points());
        sb.append("\" fill=\"none\"");
        stroke(sb, p.stroke());
        clip(sb, p.clip());
        sb.append("/>\n");
    }

    private static void polygon(StringBuilder sb, Polygon p) {
        sb.append("<polygon class=\"").append(p.role().cssClass()).append('"');
        name(sb, p.name());
        sb.append(" points=\"");
        points(sb, p.points());
        sb.append('"');
        paint(sb, "fill", p.fill());
        if (p.outline() != null) {
            stroke(sb, p.outline());
        }
        clip(sb, p.clip());
        sb.append("/>\n");
    }

    private static void text(StringBuilder sb, Text t) {
        sb.append("<text class=\"").append(t.role().cssClass()).append("\" x=\"");
        number(sb, t.x());
        sb.append("\" y=\"");
        number(sb, t.y());
        sb.append("\" font-size=\"");
        decimal(sb, t.size());
        sb.append('"');
        if (t.weight() == FontWeight.BOLD) {
            sb.append(" font-weight=\"bold\"");
        }
        if (t.anchor() != Anchor.START) {
            sb.append(" text-anchor=\"").append(t.anchor() == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        paint(sb, "fill", t.colour());
        if (t.rotation() != 0) {
            sb.append(" transform=\"rotate(");
            decimal(sb, t.rotation());
            sb.append(' ');
            number(sb, t.x());
            sb.append(' ');
            number(sb, t.y());
            sb.append(")\"");
        }
        sb.append('>').append(escape(t.text())).append("</text>\n");
    }

    private static void name(StringBuilder sb, String name) {
        if (!name.isEmpty()) {
            sb.append(" data-name=\"").append(escape(name)).append('"');
        }
    }

    private static void stroke(StringBuilder sb, Stroke s) {
        paint(sb, "stroke", s.colour());
        sb.append(" stroke-width=\"");
        decimal(sb, s.width());
        sb.append('"');
        double[] dash = s.dash().pattern();
        if (dash.length > 0) {
            sb.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                decimal(sb, dash[i]);
            }
            sb.append('"');
        }
    }

    /** {@code attribute="#rrggbb"} and, if the colour is translucent, {@code attribute-opacity="a"}. */
    private static void paint(StringBuilder sb, String attribute, Rgba colour) {
        sb.append(' ').append(attribute).append("=\"").append(colour.hex()).append('"');
        if (!colour.opaque()) {
            sb.append(' ').append(attribute).append("-opacity=\"");
            decimal(sb, colour.alpha());
            sb.append('"');
        }
    }

    private static void clip(StringBuilder sb, int clip) {
        if (clip >= 0) {
            sb.append(" clip-path=\"url(#clip").append(clip).append(")\"");
        }
    }

    private static void points(StringBuilder sb, double[] points) {
        for (int i = 0; i < points.length; i += 2) {
            if (i > 0) {
                sb.append(' ');
            }
            number(sb, points[i]);
            sb.append(',');
            number(sb, points[i + 1]);
        }
    }

    /** A coordinate, rounded to 0.1: "12", "12.3", "-0.5". */
    static void number(StringBuilder sb, double v) {
        long tenths = Math.round(v * 10);
        if (tenths < 0) {
            sb.append('-');
            tenths = -tenths;
        }
        sb.append(tenths / 10);
        if (tenths % 10 != 0) {
            sb.append('.').append(tenths % 10);
        }
    }

    /** A size, width or opacity: at most three decimals, trailing zeros dropped. */
    static void decimal(StringBuilder sb, double v) {
        long thousandths = Math.round(v * 1000);
        if (thousandths < 0) {
            sb.append('-');
            thousandths = -thousandths;
        }
        sb.append(thousandths / 1000);
        long frac = thousandths % 1000;
        if (frac != 0) {
            String digits = String.format("%03d", frac);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(digits, 0, end);
        }
    }

    /** Escapes XML's special characters. */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (replacement != null && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
