package io.lrpg.report.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures' colours. The paper's two models keep the paper's colours (low-rank green rgb(0, 128, 0), network red
 * rgb(204, 0, 0)); every other curve takes the next colour of a colour-blind-safe sequence, the Okabe–Ito palette
 * (Okabe &amp; Ito 2008, "Color Universal Design") reordered so that its bluish green and vermillion, which are
 * close to the paper's green and red, come last, and its yellow (unreadable on white) is left out.
 */
public final class Palette {

    /** The paper's low-rank (LRPG) green. */
    public static final Rgba LOW_RANK = Rgba.rgb(0, 128, 0);
    /** The paper's network (RVFB) red. */
    public static final Rgba NETWORK = Rgba.rgb(204, 0, 0);

    /** The sequence for other curves, in the order they are assigned. */
    public static final List<Rgba> OTHERS = List.of(
            Rgba.rgb(0, 114, 178),     // blue
            Rgba.rgb(230, 159, 0),     // orange
            Rgba.rgb(204, 121, 167),   // reddish purple
            Rgba.rgb(86, 180, 233),    // sky blue
            Rgba.rgb(0, 0, 0),         // black
            Rgba.rgb(213, 94, 0),      // vermillion
            Rgba.rgb(0, 158, 115));    // bluish green

    /** Grid lines. */
    static final Rgba GRID = Rgba.rgb(229, 229, 229);
    /** Axis lines, ticks and text. */
    static final Rgba INK = Rgba.rgb(34, 34, 34);
    /** Legend and inset frames. */
    static final Rgba FRAME = Rgba.rgb(170, 170, 170);

    private Palette() {
    }

    /** The i-th colour (from 0) of {@link #OTHERS}, cycling when there are more curves than colours. */
    public static Rgba other(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + i);
        }
        return OTHERS.get(i % OTHERS.size());
    }

    /**
     * Resolves requested colours: a non-null entry is kept, each null entry takes the next colour of {@link #OTHERS}
     * in order.
     */
    public static List<Rgba> assign(List<Rgba> requested) {
        List<Rgba> out = new ArrayList<>(requested.size());
        int next = 0;
        for (Rgba colour : requested) {
            out.add(colour != null ? colour : other(next++));
        }
        return out;
    }
}
