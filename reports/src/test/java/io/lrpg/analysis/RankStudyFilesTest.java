package io.lrpg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.envs.presets.PaperPresets;
import io.lrpg.results.RunId;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link RankStudyFiles}: quantiles, the summary's numbers and sentences, and the CSV rows, on made-up runs. */
class RankStudyFilesTest {

    /** NumPy's default quantile (linear, type 7): numpy.quantile([3, 1, 4, 1, 5, 9, 2, 6], [.25, .5, .9]). */
    @Test
    void quantilesAreNumpysDefault() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
        assertEquals(1.75, RankStudyFiles.quantile(x, 0.25), 1e-15);
        assertEquals(3.5, RankStudyFiles.median(x), 1e-15);
        assertEquals(6.9, RankStudyFiles.quantile(x, 0.9), 1e-12);
        assertEquals(9.0, RankStudyFiles.quantile(x, 1.0), 0.0);
        assertEquals(7.0, RankStudyFiles.median(new double[] {7}), 0.0);
    }

    /**
     * Four runs whose 2 × 2 spectra (1, t) give e₁ = t/√(1 + t²) = 0, 5/13, 8/17 and 3/5 (t = 0, 5/12, 8/15, 3/4) and
     * CP errors 0.1 … 0.4, one of them stopped at the sweep limit.
     */
    private static RankStudy.Result madeUp() {
        double[] tails = {0, 5.0 / 12, 8.0 / 15, 0.75};
        List<FunctionRanks> ranks = new ArrayList<>();
        StateGrid grid = StateGrid.withPoints(PaperPresets.PENDULUM.lowRank().actorGrid(), 2);
        for (int seed = 0; seed < 4; seed++) {
            Spectrum spectrum = new Spectrum(new double[] {1.0, tails[seed]});
            double[] errors = spectrum.errors();
            CpAls.Fit fit = new CpAls.Fit(1, 0.1 * (seed + 1), 0, 10, seed != 2, new double[0][]);
            ranks.add(new FunctionRanks(new RunId("pendulum", "nn", "paper", seed), StudiedFunction.MEAN, grid,
                    OptionalInt.empty(), spectrum, new double[] {errors[1], errors[2]}, new CpAls.Fit[] {fit}));
        }
        return new RankStudy.Result(ranks, List.of());
    }

    @Test
    void theSummaryHasTheMediansIqrsAndSentence() {
        RankStudySettings settings = new RankStudySettings(OptionalInt.empty(), 1, CpSettings.DEFAULT, 1);
        String md = RankStudyFiles.summary(madeUp(), settings);
        // e₁ sorted 0, 5/13, 8/17, 3/5: median (5/13 + 8/17)/2 = 0.42760; q25 = 0.75·5/13 = 0.28846;
        // q75 = 8/17 + 0.25 (3/5 − 8/17) = 0.50294. CP: median 0.25, q25 0.175, q75 0.325
        assertTrue(md.contains("| 1 | 42.8 % | 28.8 % – 50.3 % | 25.0 % | 17.5 % – 32.5 % |"), md);
        assertTrue(md.contains("| 2 | 0 % | 0 % – 0 % |  |  |"), md);
        assertTrue(md.contains("**pendulum**, the network (nn/paper, 4 runs), mean: 100 % of runs are within 1 % at "
                + "matrix rank 2 (25 % at rank 1); median numerical rank 2"), md);
        assertTrue(md.contains("median 2, range 1 – 2"), md);
        assertTrue(md.contains("stopped at the sweep limit: 1 of 4"), md);
        assertTrue(md.contains("matrix 2 × 2 (rows θ, columns θ̇)"), md);
    }

    @Test
    void theCsvRowsAreLongFormat() throws IOException {
        StringWriter ranks = new StringWriter();
        RankStudyFiles.writeRanks(ranks, madeUp().ranks().subList(1, 2));
        assertEquals(RankStudyFiles.RANKS_HEADER + "\n"
                + "pendulum,nn,paper,1,mean,matrix,1," + (5.0 / 12) / Math.sqrt(1 + 25.0 / 144) + "\n"
                + "pendulum,nn,paper,1,mean,matrix,2,0.0\n"
                + "pendulum,nn,paper,1,mean,cp,1,0.2\n", ranks.toString());
        StringWriter singular = new StringWriter();
        RankStudyFiles.writeSingularValues(singular, madeUp().ranks().subList(3, 4));
        assertEquals(RankStudyFiles.SINGULAR_VALUES_HEADER + "\n"
                + "pendulum,nn,paper,3,mean,1,1.0\n"
                + "pendulum,nn,paper,3,mean,2,0.75\n", singular.toString());
    }
}
