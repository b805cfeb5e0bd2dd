package io.lrpg.analysis;

import io.lrpg.core.policy.MeanTransform;
import io.lrpg.experiment.ModelKind;
import io.lrpg.results.RunId;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A trained run's functions, rebuilt from its stored parameters without training, and the grids they are studied on.
 *
 * @param run            the run
 * @param parametersFile the {@code seed-<S>.model.json} they come from
 * @param model          the model kind
 * @param meanTransform  f of μ = f(z) (the study measures z, see {@link RankStudy})
 * @param modelRank      k of a low-rank model (actor and critic); empty for a network
 * @param meanGrid       where the mean is evaluated
 * @param valueGrid      where the value baseline is evaluated
 * @param mean           z(s), the mean before its transform
 * @param value          V(s)
 */
public record RebuiltRun(RunId run, Path parametersFile, ModelKind model, MeanTransform meanTransform,
        OptionalInt modelRank, StateGrid meanGrid, StateGrid valueGrid, StateFunction mean, StateFunction value) {

    public RebuiltRun {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(parametersFile, "parametersFile");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(meanTransform, "meanTransform");
        Objects.requireNonNull(modelRank, "modelRank");
        Objects.requireNonNull(meanGrid, "meanGrid");
        Objects.requireNonNull(valueGrid, "valueGrid");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(value, "value");
    }

    /** The grid of {@code function}. */
    public StateGrid grid(StudiedFunction function) {
        return function == StudiedFunction.MEAN ? meanGrid : valueGrid;
    }

    /** The rebuilt {@code function}. */
    public StateFunction function(StudiedFunction function) {
        return function == StudiedFunction.MEAN ? mean : value;
    }

    /** μ(s) = f(z(s)), the policy's mean itself. */
    public double policyMean(double[] state) {
        return meanTransform.apply(mean.at(state));
    }
}
