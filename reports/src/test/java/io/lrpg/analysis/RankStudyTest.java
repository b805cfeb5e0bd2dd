package io.lrpg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lrpg.core.policy.MeanTransform;
import io.lrpg.envs.presets.PaperPresets;
import io.lrpg.experiment.ModelKind;
import io.lrpg.results.RunId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link RankStudy#run}: made-up functions of known rank, a diverged function, order and progress. */
class RankStudyTest {

    private static RebuiltRun run(String model, long seed, StateFunction mean, StateFunction value) {
        StateGrid grid = StateGrid.withPoints(PaperPresets.PENDULUM.lowRank().actorGrid(), 12);
        return new RebuiltRun(new RunId("pendulum", model, "paper", seed), Path.of("seed-" + seed + ".model.json"),
                ModelKind.NN, MeanTransform.IDENTITY, OptionalInt.empty(), grid, grid, mean, value);
    }

    /**
     * z = θ·θ̇ + sin θ is of rank 2 on any grid (two separable terms), V = exp(θ θ̇) is not of low rank; a NaN
     * value is skipped, the rest measured, in run order, and every cell reported once.
     */
    @Test
    void measuresKnownRanksSkipsNonFiniteFunctionsAndReportsEachCell() {
        StateFunction rankTwo = s -> s[0] * s[1] + Math.sin(s[0]);
        StateFunction full = s -> Math.exp(s[0] * s[1]);
        StateFunction diverged = s -> s[0] > 0.5 ? Double.NaN : 1.0;
        List<RebuiltRun> runs = List.of(run("b", 1, rankTwo, full), run("a", 2, rankTwo, diverged));
        List<String> cells = new ArrayList<>();
        RankStudy.Result result = RankStudy.run(runs, new RankStudySettings(OptionalInt.empty(), 3, CpSettings.DEFAULT,
                2), (cell, count, seconds) -> cells.add(cell + ":" + count));
        assertEquals(List.of("pendulum/b/paper:1", "pendulum/a/paper:1"), cells);
        assertEquals(3, result.ranks().size());
        assertEquals(1, result.skipped().size());
        RankStudy.Skipped skipped = result.skipped().get(0);
        assertEquals(StudiedFunction.VALUE, skipped.function());
        assertEquals(2, skipped.run().seed());
        assertTrue(skipped.reason().contains("NaN"), skipped.reason());

        FunctionRanks mean = result.ranks().get(0);
        assertEquals(StudiedFunction.MEAN, mean.function());
        assertEquals(12, mean.matrixErrors().length);
        assertTrue(mean.matrixError(1) > 0.01);
        assertTrue(mean.matrixError(2) < 1e-13, () -> "rank 2: " + mean.matrixError(2));
        assertEquals(2, mean.numericalRank());
        assertTrue(mean.cpError(2) < 1e-8, () -> "CP rank 2: " + mean.cpError(2));
        FunctionRanks value = result.ranks().get(1);
        assertEquals(StudiedFunction.VALUE, value.function());
        assertTrue(value.matrixError(2) > 1e-3, () -> "exp(θ θ̇) at rank 2: " + value.matrixError(2));
        assertEquals(3, value.cpFits().length);
    }
}
