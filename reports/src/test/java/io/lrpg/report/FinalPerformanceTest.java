package io.lrpg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FinalPerformanceTest {

    @Test
    void mannWhitneyMatchesAHandWorkedExample() {
        // x = {1,3,5}, y = {2,4,6,8}: pooled ranks of x are 1,3,5, so R = 9 and U_x = 9 − 3·4/2 = 3;
        // mean 3·4/2 = 6, sd = √(3·4·8/12) = √8, z = −3/√8, p = 2Φ(z) = 0.288844 (scipy asymptotic, no continuity)
        FinalPerformance.MannWhitney test = FinalPerformance.mannWhitney(new double[] {1, 3, 5},
                new double[] {2, 4, 6, 8});
        assertEquals(3.0, test.u(), 0);
        assertEquals(0.2888443663464849, test.pValue(), 1e-9);
    }

    @Test
    void mannWhitneyMatchesScipyOnUnequalSamples() {
        double[] a = {12.5, 3.0, 7.25, 9.0, 1.0, 15.0, 4.5};
        double[] b = {2.0, 8.0, 6.5, 11.0, 0.5};
        FinalPerformance.MannWhitney test = FinalPerformance.mannWhitney(a, b);
        assertEquals(22.0, test.u(), 0);
        assertEquals(0.4649024545473547, test.pValue(), 1e-9);
    }

    @Test
    void mannWhitneyCorrectsForTiesLikeScipy() {
        // scipy.stats.mannwhitneyu(a, b, use_continuity=False, method="asymptotic")
        FinalPerformance.MannWhitney small = FinalPerformance.mannWhitney(new double[] {1, 2, 2, 3, 3, 3, 5},
                new double[] {2, 3, 4, 4, 6});
        assertEquals(9.5, small.u(), 0);
        assertEquals(0.18198499624853182, small.pValue(), 1e-9);
        FinalPerformance.MannWhitney acrobotLike = FinalPerformance.mannWhitney(
                new double[] {94.7, 94.7, 94.6, 94.8, 94.7, 94.5},
                new double[] {94.7, 94.6, 94.6, 94.4, 94.5, 94.6, 94.7});
        assertEquals(30.0, acrobotLike.u(), 0);
        assertEquals(0.17887456279784653, acrobotLike.pValue(), 1e-9);
        assertEquals(1.0, FinalPerformance.mannWhitney(new double[] {1, 1}, new double[] {1}).pValue(), 0);
    }

    @Test
    void probabilityOfImprovementCountsTiesAsHalf() {
        // pairs with x > y: 3 > 2, 5 > 2, 5 > 4 → 3 of 12
        assertEquals(0.25, FinalPerformance.probabilityOfImprovement(new double[] {1, 3, 5},
                new double[] {2, 4, 6, 8}), 1e-15);
        // 2 vs {1, 2, 3}: one win, one tie, one loss → 1.5 / 3
        assertEquals(0.5, FinalPerformance.probabilityOfImprovement(new double[] {2}, new double[] {1, 2, 3}), 1e-15);
    }
}
