package io.lrpg.core.agent;

import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.GridLayout;
import java.util.List;

/** Grids shared by the agent-level tests (2-D states in [−1.5, 1.5]²). */
final class LowRankAgentTestGrids {

    static final GridLayout ACTOR =
            new GridLayout(List.of(new Axis(-1.5, 1.5, 6), new Axis(-1.5, 1.5, 6)), new int[] {0}, new int[] {1});
    static final GridLayout CRITIC =
            new GridLayout(List.of(new Axis(-1.5, 1.5, 8), new Axis(-1.5, 1.5, 8)), new int[] {0}, new int[] {1});

    private LowRankAgentTestGrids() {
    }
}
