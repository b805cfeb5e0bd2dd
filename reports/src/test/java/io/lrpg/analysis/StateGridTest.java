package io.lrpg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.discretize.StateIndexer;
import io.lrpg.envs.presets.Preset;
import io.lrpg.envs.presets.PaperPresets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StateGrid}: grid points, the tensor order and the matrix layout, checked against the core indexer. */
class StateGridTest {

    /** Every grid point of the paper's grids (and of 50-point grids over them) is indexed back to itself. */
    @Test
    void gridPointsAreTheCellsTheModelsIndexThemTo() {
        for (Preset preset : PaperPresets.all()) {
            for (GridLayout layout : List.of(preset.lowRank().actorGrid(), preset.lowRank().criticGrid(),
                    StateGrid.withPoints(preset.lowRank().actorGrid(), 50).layout())) {
                StateGrid grid = new StateGrid(layout);
                for (int d = 0; d < grid.dimension(); d++) {
                    Axis axis = layout.axes().get(d);
                    assertEquals(axis.low(), grid.coordinate(d, 0), 0.0);
                    assertEquals(axis.high(), grid.coordinate(d, axis.buckets() - 1), 1e-15 * Math.abs(axis.high()));
                    for (int q = 0; q < axis.buckets(); q++) {
                        assertEquals(q, axis.index(grid.coordinate(d, q)), preset.environment() + " axis " + d);
                    }
                }
            }
        }
    }

    @Test
    void pointQOfNIsLowPlusQStepsOfTheRange() {
        StateGrid grid = StateGrid.withPoints(PaperPresets.PENDULUM.lowRank().actorGrid(), 5);
        assertEquals(-1.0 + 3 * 2.0 / 4, grid.coordinate(0, 3), 0.0);
        assertEquals(-5.0 + 1 * 10.0 / 4, grid.coordinate(1, 1), 0.0);
        assertThrows(IndexOutOfBoundsException.class, () -> grid.coordinate(0, 5));
        assertThrows(IllegalArgumentException.class, () -> StateGrid.withPoints(grid.layout(), 1));
    }

    /** The tensor is row-major over the state dimensions: a function that encodes the state's indices shows it. */
    @Test
    void theTensorIsRowMajorInStateOrder() {
        StateGrid grid = new StateGrid(new GridLayout(List.of(new Axis(0, 2, 3), new Axis(0, 3, 4),
                new Axis(0, 1, 2)), new int[] {0}, new int[] {1, 2}));
        // at grid points s = (q0, q1, q2) exactly, so f encodes the multi-index
        double[] tensor = grid.evaluate(s -> 100 * s[0] + 10 * s[1] + s[2]);
        assertEquals(24, tensor.length);
        int t = 0;
        for (int q0 = 0; q0 < 3; q0++) {
            for (int q1 = 0; q1 < 4; q1++) {
                for (int q2 = 0; q2 < 2; q2++) {
                    assertEquals(100 * q0 + 10 * q1 + q2, tensor[t++], 1e-12);
                }
            }
        }
    }

    /**
     * The matrix puts each grid point in the cell the core's {@link StateIndexer} gives its state, for the paper's
     * groupings (Goddard v × (h, m), acrobot (θ₁, θ₂) × (θ̇₁, θ̇₂)) and a reversed one.
     */
    @Test
    void theMatrixIsTheLowRankModelsLayout() {
        List<GridLayout> layouts = List.of(
                StateGrid.withPoints(PaperPresets.GODDARD.lowRank().actorGrid(), 5).layout(),
                StateGrid.withPoints(PaperPresets.ACROBOT.lowRank().actorGrid(), 3).layout(),
                new GridLayout(List.of(new Axis(0, 1, 3), new Axis(0, 1, 4), new Axis(0, 1, 2)), new int[] {2, 0},
                        new int[] {1}));
        for (GridLayout layout : layouts) {
            StateGrid grid = new StateGrid(layout);
            StateIndexer indexer = layout.indexer();
            int columns = grid.columns();
            // tag each point with its own (row, column) as the indexer computes it
            double[] tensor = grid.evaluate(s -> indexer.row(s) * 1000.0 + indexer.column(s));
            double[] matrix = grid.toMatrix(tensor);
            for (int i = 0; i < grid.rows(); i++) {
                for (int j = 0; j < columns; j++) {
                    assertEquals(i * 1000.0 + j, matrix[i * columns + j], 0.0, layout + " cell " + i + "," + j);
                }
            }
        }
    }
}
