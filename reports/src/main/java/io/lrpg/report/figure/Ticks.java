package io.lrpg.report.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Round ticks and their labels.
 *
 * <p>Linear axes: ticks at the integer multiples k·s of a step s = m·10<sup>j</sup>, m ∈ {1, 2, 2.5, 5}, that lie in
 * [min, max]; the step is the smallest one whose ticks are far enough apart on the page (at least a minimum spacing
 * and, on a horizontal axis, the widest label plus a gap). Labels have as many decimals as the step needs (step 0.05
 * → "0.70", "0.75"), groups of three digits separated by a thin space (U+2009) from 1 000 on ("5 000", "10 000"),
 * and a real minus sign (U+2212).
 *
 * <p>Log10 axes: when at least two powers of ten lie in the range, a labelled tick at each, written 10ⁿ with
 * superscript digits ("10²", "10³", "10⁻¹"), and unlabelled minor ticks at 2…9 × 10ⁿ; otherwise labelled ticks at
 * 1, 2 and 5 × 10ⁿ written as plain numbers.
 */
public final class Ticks {

    /** Thin space, the digit-group separator. */
    public static final char GROUP_SEPARATOR = '\u2009';
    /** The minus sign used in labels. */
    public static final char MINUS = '\u2212';

    private static final double[] MANTISSAS = {1, 2, 2.5, 5};
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Steps giving more ticks than this are not considered. */
    private static final int MAX_TICKS = 200;

    private Ticks() {
    }

    /**
     * Ticks at every multiple of {@code step} in [min, max] (with a tolerance of 10⁻⁹ steps at the ends), labelled
     * with the decimals the step needs.
     */
    public static List<Tick> linear(double min, double max, double step) {
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("step must be > 0, was " + step);
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("need max > min, was [" + min + ", " + max + "]");
        }
        int decimals = decimals(step);
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        List<Tick> ticks = new ArrayList<>();
        for (long k = first; k <= last; k++) {
            double value = BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(step))
                    .setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
            ticks.add(new Tick(value, format(value, decimals)));
        }
        return ticks;
    }

    /**
     * Round linear ticks for an axis of {@code length} pixels: the smallest step m·10ʲ (m ∈ {1, 2, 2.5, 5}) whose
     * ticks are at least {@code minSpacing} pixels apart and, if {@code labelWidth} is given, at least the widest label
     * plus {@code labelGap} apart. At least two ticks when any step gives two.
     *
     * @param labelWidth width in pixels of a label, or null to ignore label widths (vertical axes)
     */
    public static List<Tick> linear(double min, double max, double length, double minSpacing,
            ToDoubleFunction<String> labelWidth, double labelGap) {
        if (!(length > 0)) {
            throw new IllegalArgumentException("axis length must be > 0, was " + length);
        }
        double span = max - min;
        int top = (int) Math.floor(Math.log10(span)) + 1;
        List<Tick> fallback = null;
        for (int j = top - 6; j <= top; j++) {
            for (double m : MANTISSAS) {
                double step = m * Math.pow(10, j);
                if (span / step > MAX_TICKS) {
                    continue;
                }
                List<Tick> ticks = linear(min, max, step);
                if (ticks.size() < 2) {
                    return fallback != null ? fallback : ticks;
                }
                fallback = ticks;
                double spacing = step / span * length;
                double required = minSpacing;
                if (labelWidth != null) {
                    for (Tick t : ticks) {
                        required = Math.max(required, labelWidth.applyAsDouble(t.label()) + labelGap);
                    }
                }
                if (spacing >= required) {
                    return ticks;
                }
            }
        }
        return fallback != null ? fallback : List.of();
    }

    /** Ticks for a log10 axis over [min, max] (min &gt; 0); see the class comment. */
    public static List<Tick> log10(double min, double max) {
        if (!(min > 0) || !(max > min)) {
            throw new IllegalArgumentException("need 0 < min < max, was [" + min + ", " + max + "]");
        }
        int firstDecade = (int) Math.ceil(Math.log10(min) - 1e-9);
        int lastDecade = (int) Math.floor(Math.log10(max) + 1e-9);
        List<Tick> ticks = new ArrayList<>();
        if (lastDecade - firstDecade >= 1) {
            for (int n = firstDecade - 1; n <= lastDecade; n++) {
                for (int m = 1; m <= 9; m++) {
                    double value = m * Math.pow(10, n);
                    if (value < min * (1 - 1e-9) || value > max * (1 + 1e-9)) {
                        continue;
                    }
                    ticks.add(new Tick(value, m == 1 ? powerOfTen(n) : ""));
                }
            }
            return ticks;
        }
        for (int n = firstDecade - 1; n <= lastDecade; n++) {
            for (int m : new int[] {1, 2, 5}) {
                double value = BigDecimal.valueOf(m).scaleByPowerOfTen(n).doubleValue();
                if (value >= min * (1 - 1e-9) && value <= max * (1 + 1e-9)) {
                    ticks.add(new Tick(value, format(value, Math.max(0, -n))));
                }
            }
        }
        if (ticks.size() >= 2) {
            return ticks;
        }
        return linear(min, max, niceStep((max - min) / 4));
    }

    /** The smallest m·10ʲ (m ∈ {1, 2, 2.5, 5}) that is at least {@code target} (&gt; 0). */
    public static double niceStep(double target) {
        if (!(target > 0) || !Double.isFinite(target)) {
            throw new IllegalArgumentException("target step must be > 0, was " + target);
        }
        int j = (int) Math.floor(Math.log10(target));
        for (int k = j - 1; k <= j + 1; k++) {
            for (double m : MANTISSAS) {
                double step = m * Math.pow(10, k);
                if (step >= target * (1 - 1e-12)) {
                    return step;
                }
            }
        }
        return Math.pow(10, j + 2);
    }

    /**
     * The smallest m·10ʲ ≥ {@code value} with m ∈ {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8} (value &gt; 0), so that an axis
     * ends on a round number: 999 → 1 000, 30 000 → 30 000, 201 → 250.
     */
    public static double roundUp(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be > 0, was " + value);
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * power >= value * (1 - 1e-12)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** "10" followed by the exponent in superscript digits (and a superscript minus). */
    public static String powerOfTen(int exponent) {
        StringBuilder sb = new StringBuilder("10");
        if (exponent < 0) {
            sb.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            sb.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** The number of decimals needed to write multiples of {@code step} exactly (at most 12). */
    public static int decimals(double step) {
        for (int d = 0; d < 12; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) <= 1e-9 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 12;
    }

    /**
     * A number with {@code decimals} decimals (half-up), thin-space digit groups from 1 000 on, and a minus sign
     * (U+2212) for negative values; −0 is written 0.
     */
    public static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot format non-finite value " + value);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be >= 0, was " + decimals);
        }
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        if (rounded.signum() < 0) {
            sb.append(MINUS);
        }
        if (integer.length() >= 4) {
            int lead = integer.length() % 3;
            if (lead > 0) {
                sb.append(integer, 0, lead);
            }
            for (int i = lead; i < integer.length(); i += 3) {
                if (i > 0) {
                    sb.append(GROUP_SEPARATOR);
                }
                sb.append(integer, i, i + 3);
            }
        } else {
            sb.append(integer);
        }
        if (dot >= 0) {
            sb.append(plain, dot, plain.length());
        }
        return sb.toString();
    }

    /** A number for notes: whole numbers from 1 000 on, otherwise three significant digits. */
    public static String formatSignificant(double value) {
        if (Math.abs(value) >= 1000) {
            return format(value, 0);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_UP));
        return format(rounded.doubleValue(), Math.max(0, rounded.stripTrailingZeros().scale()));
    }
}
