package io.lrpg.core.tensor;

import io.lrpg.core.discretize.Axis;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.optim.AdamSettings;
import java.util.List;
import java.util.Objects;

/**
 * Everything that defines a {@link TensorValueFunction} apart from its parameter values.
 *
 * @param axes      the critic's own grid: one axis per state dimension, one tensor mode each; copied
 * @param rank      k &gt; 0
 * @param adam      the critic's Adam constants
 * @param adamMode  dense or row-sparse Adam
 * @param initScale the standard deviation of the initial factor entries, finite, ≥ 0
 */
public record TensorValueSettings(List<Axis> axes, int rank, AdamSettings adam, AdamMode adamMode,
        double initScale) {

    public TensorValueSettings {
        axes = TensorSettings.checkAxes(axes, rank, "axes");
        Objects.requireNonNull(adam, "adam");
        Objects.requireNonNull(adamMode, "adamMode");
        TensorSettings.checkInitScale(initScale);
    }
}
