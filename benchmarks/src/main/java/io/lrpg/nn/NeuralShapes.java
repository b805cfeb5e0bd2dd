package io.lrpg.nn;

import io.lrpg.bench.PaperShape;

/** The paper's network settings of each benchmark shape (from {@link NetworkSettings}). */
final class NeuralShapes {

    private NeuralShapes() {
    }

    static NetworkSettings settings(PaperShape shape) {
        return switch (shape) {
            case PENDULUM -> NetworkSettings.pendulum();
            case ACROBOT -> NetworkSettings.acrobot();
            case GODDARD -> NetworkSettings.goddard();
        };
    }
}
