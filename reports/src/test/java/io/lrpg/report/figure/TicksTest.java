package io.lrpg.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {

    private static List<String> labels(List<Tick> ticks) {
        return ticks.stream().filter(t -> !t.minor()).map(Tick::label).toList();
    }

    private static List<Double> values(List<Tick> ticks) {
        return ticks.stream().filter(t -> !t.minor()).map(Tick::value).toList();
    }

    @Test
    void logTicksArePowersOfTenWithSuperscriptExponents() {
        List<Tick> ticks = Ticks.log10(1, 30_000);
        assertEquals(List.of("10⁰", "10¹", "10²", "10³", "10⁴"), labels(ticks));
        assertEquals(List.of(1.0, 10.0, 100.0, 1000.0, 10_000.0), values(ticks));
        // minor ticks at 2…9 × 10ⁿ: 8 in each of the decades 1, 10, 100, 1 000, then 20 000 and 30 000
        assertEquals(34, ticks.stream().filter(Tick::minor).count());
        assertEquals(List.of("10⁻²", "10⁻¹", "10⁰"), labels(Ticks.log10(0.01, 1)));
        assertEquals("10¹²", Ticks.powerOfTen(12));
    }

    @Test
    void aLogRangeWithinOneDecadeIsLabelledOneTwoFive() {
        assertEquals(List.of("2", "5"), labels(Ticks.log10(1.5, 9)));
        assertEquals(List.of("0.2", "0.5", "1", "2"), labels(Ticks.log10(0.15, 3)));
    }

    @Test
    void labelsGroupThousandsWithAThinSpaceAndUseAMinusSign() {
        assertEquals("0", Ticks.format(0, 0));
        assertEquals("0", Ticks.format(-0.0, 0));
        assertEquals("999", Ticks.format(999, 0));
        assertEquals("5\u2009000", Ticks.format(5000, 0));
        assertEquals("30\u2009000", Ticks.format(30_000, 0));
        assertEquals("1\u2009234\u2009567", Ticks.format(1_234_567, 0));
        assertEquals("\u22121\u2009234.5", Ticks.format(-1234.5, 1));
        assertEquals("0.70", Ticks.format(0.7, 2));
        assertEquals("\u22120.05", Ticks.format(-0.05, 2));
        assertEquals("\u221237.2", Ticks.formatSignificant(-37.2149));
        assertEquals("0.00123", Ticks.formatSignificant(0.0012345));
        assertEquals("12\u2009346", Ticks.formatSignificant(12_345.6));
    }

    @Test
    void linearTicksAreMultiplesOfTheStepWithTheDecimalsItNeeds() {
        List<Tick> ticks = Ticks.linear(0.7, 1.25, 0.05);
        assertEquals(List.of("0.70", "0.75", "0.80", "0.85", "0.90", "0.95", "1.00", "1.05", "1.10", "1.15", "1.20",
                "1.25"), labels(ticks));
        assertEquals(0.85, ticks.get(3).value(), 0);
        assertEquals(List.of("\u22120.02", "0.00", "0.02"), labels(Ticks.linear(-0.021, 0.025, 0.02)));
        assertEquals(List.of("0", "2.5", "5", "7.5", "10").size(), Ticks.linear(0, 10, 2.5).size());
        assertEquals("7.5", Ticks.linear(0, 10, 2.5).get(3).label());
    }

    @Test
    void automaticLinearTicksAreTheSmallestRoundStepThatFits() {
        // 0–100 over 300 px, at least 30 px apart: step 10 gives 30 px (fits), step 5 gives 15 px
        assertEquals(11, Ticks.linear(0, 100, 300, 30, null, 0).size());
        // 0–100 over 299 px: step 10 gives 29.9 px, so step 20
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), labels(Ticks.linear(0, 100, 299, 30, null, 0)));
        // labels 10 px wide plus a 14 px gap need 24 px: over 200 px, step 10 (20 px) is too tight, step 20 fits
        assertEquals(6, Ticks.linear(0, 100, 200, 5, s -> 10, 14).size());
    }

    @Test
    void roundUpEndsAxesOnRoundNumbers() {
        assertEquals(1000, Ticks.roundUp(999), 0);
        assertEquals(1000, Ticks.roundUp(1000), 0);
        assertEquals(250, Ticks.roundUp(201), 0);
        assertEquals(30_000, Ticks.roundUp(29_999), 0);
        assertEquals(0.15, Ticks.roundUp(0.11), 1e-15);
        assertEquals(5, Ticks.niceStep(4.1), 0);
        assertEquals(2.5, Ticks.niceStep(2.1), 0);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Ticks.log10(0, 10));
        assertThrows(IllegalArgumentException.class, () -> Ticks.linear(0, 1, 0.0));
        assertThrows(IllegalArgumentException.class, () -> Ticks.format(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> Axis.log10("y", -1, 10));
        assertThrows(IllegalArgumentException.class, () -> Axis.linear("y", 1, 1));
    }
}
