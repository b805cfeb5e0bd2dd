package io.lrpg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.optim.AdamMode;
import org.junit.jupiter.api.Test;

/** The benchmark shapes are the paper's (docs/paper.md §2.1) and the recorded episodes have the stated length. */
class PaperShapeTest {

    @Test
    void gridsAndRanksAreThePapers() {
        assertShape(PaperShape.PENDULUM, 10, 10, 16, 16, 4);
        assertShape(PaperShape.ACROBOT, 4, 4, 4, 4, 2);
        assertShape(PaperShape.GODDARD, 4, 16, 4, 16, 2);
    }

    @Test
    void recordedEpisodesHaveTheBenchmarkLengthAndObservationDimension() {
        for (PaperShape shape : PaperShape.values()) {
            RecordedEpisode episode = RecordedEpisode.record(shape, 11);
            assertEquals(shape.benchmarkEpisodeLength(), episode.length(), shape.name());
            assertEquals(shape.observationDimension(), episode.buffer().observationDimension(), shape.name());
            assertEquals(shape.observationDimension(), episode.observation(0).length, shape.name());
        }
    }

    private static void assertShape(PaperShape shape, int n, int m, int criticN, int criticM, int rank) {
        LowRankSettings settings = shape.lowRankSettings(AdamMode.DENSE);
        assertEquals(n, settings.actorGrid().rows(), shape + " actor rows");
        assertEquals(m, settings.actorGrid().columns(), shape + " actor columns");
        assertEquals(criticN, settings.criticGrid().rows(), shape + " critic rows");
        assertEquals(criticM, settings.criticGrid().columns(), shape + " critic columns");
        assertEquals(rank, settings.rank(), shape + " rank");
    }
}
