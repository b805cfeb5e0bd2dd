package io.lrpg.envs.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AnglesTest {

    @Test
    void normalizeMatchesPythonsFlooredModulo() {
        // values printed by Python: ((x + pi) % (2*pi)) - pi
        assertEquals(2.2831853071795862, Angles.normalize(-4.0));
        assertEquals(-2.2831853071795862, Angles.normalize(4.0));
        assertEquals(-Math.PI, Angles.normalize(Math.PI));
        assertEquals(0.0, Angles.normalize(0.0));
    }

    /**
     * The shortcut of {@link Angles#remainderOfTwoPi} is bit for bit Java's {@code %} (C's fmod): at and next to
     * every boundary of the shortcut (0, ±2π, ±4π), at the specials, and at random values of every magnitude.
     */
    @Test
    void remainderOfTwoPiIsFmodBitForBit() {
        double twoPi = 2.0 * Math.PI;
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE,
                Math.PI, -Math.PI));
        for (double boundary : new double[] {twoPi, 2.0 * twoPi, 3.0 * twoPi}) {
            for (double sign : new double[] {1.0, -1.0}) {
                double b = sign * boundary;
                values.add(b);
                double up = b;
                double down = b;
                for (int n = 0; n < 3; n++) {
                    up = Math.nextUp(up);
                    down = Math.nextDown(down);
                    values.add(up);
                    values.add(down);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 200_000; n++) {
            values.add(random.nextDouble(-3.0, 3.0) * Math.pow(10.0, random.nextInt(-3, 4)));
        }
        for (double y : values) {
            assertEquals(Double.doubleToRawLongBits(y % twoPi), Double.doubleToRawLongBits(Angles.remainderOfTwoPi(y)),
                    () -> "y = " + y);
        }
    }

    @Test
    void wrapKeepsTheBoundariesAndLoops() {
        assertEquals(Math.PI, Angles.wrap(Math.PI, -Math.PI, Math.PI));
        assertEquals(-Math.PI, Angles.wrap(-Math.PI, -Math.PI, Math.PI));
        assertEquals(4.0 - 2 * Math.PI, Angles.wrap(4.0, -Math.PI, Math.PI));
        assertEquals((-10.0 + 2 * Math.PI) + 2 * Math.PI, Angles.wrap(-10.0, -Math.PI, Math.PI));
    }

    @Test
    void clipIsMinOfMax() {
        assertEquals(2.0, Angles.clip(3.0, -2.0, 2.0));
        assertEquals(-2.0, Angles.clip(-3.0, -2.0, 2.0));
        assertEquals(0.5, Angles.clip(0.5, -2.0, 2.0));
    }
}
