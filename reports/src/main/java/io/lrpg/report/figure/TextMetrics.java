package io.lrpg.report.figure;

/**
 * Text widths for layout, from DejaVu Sans's advance widths, so that the layout is the same wherever the figure is
 * written. The widths are those of {@code DejaVuSans.ttf} and {@code DejaVuSans-Bold.ttf} (DejaVu fonts 2.37, Debian
 * package fonts-dejavu-core 2.37-6), in font units of 1/2048 em, read with
 * {@code Font.createFont(TRUETYPE_FONT, file).deriveFont(2048f).createGlyphVector(frc, c).getGlyphMetrics(0)
 * .getAdvance()} for the printable ASCII characters and the few others the figures use (dashes, minus, superscript
 * digits, thin space, ×, ±, τ, ≤, ≥, …). Other characters count as wide as a digit. Kerning is ignored.
 *
 * <p>The width of a text at size s px is s/2048 × Σ advance(c).
 */
public final class TextMetrics {

    private static final int UNITS_PER_EM = 2048;
    /** Advance of a digit, used for characters not in the tables. */
    private static final int DEFAULT_ADVANCE = 1303;

    /** Advances of U+0020 … U+007E, regular. */
    private static final int[] REGULAR_ASCII = {
            651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
            1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
            2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
            1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
            1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
            1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
    };
    /** Advances of U+0020 … U+007E, bold. */
    private static final int[] BOLD_ASCII = {
            713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748,
            1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188,
            2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741,
            1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024,
            1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407,
            1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716,
    };
    /** The other characters measured; their advances are below, in the same order. */
    private static final String EXTRA = "\u2013\u2014\u2212\u00b2\u00b3\u00b9\u2070\u2074\u2075\u2076\u2077\u2078"
            + "\u2079\u207b\u2009\u202f\u00d7\u00b1\u03c4\u2264\u2265\u00a0\u2026\u00b7"
            + "\u2018\u2019\u201c\u201d\u00e9\u03b1\u03c3\u2248\u2030\u00b0";
    private static final int[] REGULAR_EXTRA = {
        1024, 2048, 1716, 821, 821, 821, 821, 821, 821, 821, 821, 821, 821, 1081, 409, 409, 1716,
        1716, 1233, 1716, 1716, 651, 2048, 651, 651, 651, 1061, 1061, 1260, 1350, 1298, 1716, 2748, 1024,
    };
    private static final int[] BOLD_EXTRA = {
        1024, 2048, 1716, 897, 897, 897, 897, 897, 897, 897, 897, 897, 897, 1081, 409, 409, 1716,
        1716, 1307, 1716, 1716, 713, 2048, 778, 778, 778, 1346, 1346, 1389, 1407, 1595, 1716, 2949, 1024,
    };

    private TextMetrics() {
    }

    /** Width in pixels of {@code text} at {@code size} pixels. */
    public static double width(String text, double size, FontWeight weight) {
        boolean bold = weight == FontWeight.BOLD;
        long units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 32 && c < 127) {
                units += (bold ? BOLD_ASCII : REGULAR_ASCII)[c - 32];
            } else {
                int k = EXTRA.indexOf(c);
                units += k < 0 ? DEFAULT_ADVANCE : (bold ? BOLD_EXTRA : REGULAR_EXTRA)[k];
            }
        }
        return units * size / UNITS_PER_EM;
    }

    /** Height of DejaVu Sans's capitals above the baseline at {@code size} pixels (0.729 em). */
    public static double capHeight(double size) {
        return 0.729 * size;
    }
}
