package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsTest {

    @Test
    void parameterRatioMustRoundToFourToSixPercent() {
        assertEquals(Verdict.REPRODUCED, Claims.parameterVerdict(160.0 / 4098));   // 3.90 %
        assertEquals(Verdict.REPRODUCED, Claims.parameterVerdict(80.0 / 1282));    // 6.24 %
        assertEquals(Verdict.NOT_REPRODUCED, Claims.parameterVerdict(32.0 / 386)); // 8.29 %
        assertEquals(Verdict.NOT_REPRODUCED, Claims.parameterVerdict(0.034));
        assertEquals(Verdict.NOT_REPRODUCED, Claims.parameterVerdict(0.065));
    }

    @Test
    void parameterClaimsGiveLegendAndTrueRowsPerEnvironment() {
        List<Claim> rows = Claims.parameterClaims(List.of(new ParameterCounts("pendulum", 208, 160, 4098, 4098),
                new ParameterCounts("acrobot", 32, 16, 386, 386), new ParameterCounts("goddard", 80, 80, 1282, 1282)));
        assertEquals(6, rows.size());
        assertEquals("3.90 %", rows.get(0).measured());
        assertEquals("5.08 %", rows.get(1).measured());
        assertEquals(Verdict.NOT_REPRODUCED, rows.get(3).verdict()); // acrobot true 8.29 %
    }

    @Test
    void finalReturnRule() {
        assertEquals(Verdict.REPRODUCED, Claims.finalVerdict(0.001, 0.9, 99, 90));  // lowrank significantly better
        assertEquals(Verdict.REPRODUCED, Claims.finalVerdict(0.30, 0.2, 90, 99));   // no detectable difference
        assertEquals(Verdict.PARTLY, Claims.finalVerdict(0.01, 0.3, 97, 99));       // nn better, within 5 %
        assertEquals(Verdict.NOT_REPRODUCED, Claims.finalVerdict(0.01, 0.3, 80, 99));
    }

    @Test
    void episodesRatioRule() {
        assertEquals(Verdict.REPRODUCED, Claims.episodesVerdict(new Interval(2.0, 1.5, 3.2, 0.95, 10, 0), 2.9));
        assertEquals(Verdict.REPRODUCED, Claims.episodesVerdict(new Interval(3.5, 3.4, 3.6, 0.95, 10, 0), 2.9));
        assertEquals(Verdict.PARTLY, Claims.episodesVerdict(new Interval(1.6, 1.2, 1.9, 0.95, 10, 0), 5.0));
        assertEquals(Verdict.NOT_REPRODUCED, Claims.episodesVerdict(new Interval(1.6, 0.8, 1.9, 0.95, 10, 0), 5.0));
        assertEquals(Verdict.NOT_REPRODUCED,
                Claims.episodesVerdict(new Interval(Double.NaN, Double.NaN, Double.NaN, 0.95, 10, 10), 2.0));
    }
}
