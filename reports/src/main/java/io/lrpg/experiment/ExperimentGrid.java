package io.lrpg.experiment;

import io.lrpg.envs.presets.PaperPreset;
import io.lrpg.envs.EnvironmentId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of a reproduction: every (environment, model, run) in a fixed order (environments and models
 * in the order given, runs ascending), each with its seed. Low-rank run r has seed {@code S + r}, network
 * run r has seed {@code S + 100 000 + r}, so no two runs of an experiment share a random stream.
 *
 * @param presets the resolved preset of each environment, in order
 * @param models  the models, in order
 * @param runs    runs per (environment, model)
 * @param seed    the base seed S
 */
public record ExperimentGrid(Map<EnvironmentId, PaperPreset> presets, List<ModelKind> models, int runs, long seed) {

    /** The seed offset between the models' runs. */
    public static final long MODEL_SEED_STRIDE = 100_000;

    public ExperimentGrid {
        presets = new LinkedHashMap<>(presets);
        models = List.copyOf(models);
        if (presets.isEmpty() || models.isEmpty()) {
            throw new IllegalArgumentException("an experiment needs at least one environment and one model");
        }
        if (runs <= 0 || runs >= MODEL_SEED_STRIDE) {
            throw new IllegalArgumentException("runs must be in [1, " + (MODEL_SEED_STRIDE - 1) + "], was " + runs);
        }
    }

    /** The seed of run {@code run} of {@code model}. */
    public long seedOf(ModelKind model, int run) {
        return seed + model.ordinal() * MODEL_SEED_STRIDE + run;
    }

    /** Every run, in the grid's fixed order. */
    public List<RunSpec> specs() {
        List<RunSpec> specs = new ArrayList<>();
        for (EnvironmentId environment : presets.keySet()) {
            for (ModelKind model : models) {
                for (int r = 0; r < runs; r++) {
                    specs.add(new RunSpec(environment.id(), model.id(), r, seedOf(model, r)));
                }
            }
        }
        return specs;
    }

    /** The runs of one shard, in the grid's order. */
    public List<RunSpec> specs(Shard shard) {
        List<RunSpec> all = specs();
        List<RunSpec> mine = new ArrayList<>();
        for (int position = 0; position < all.size(); position++) {
            if (shard.contains(position)) {
                mine.add(all.get(position));
            }
        }
        return mine;
    }

    /** The preset of a spec's environment. */
    public PaperPreset preset(RunSpec spec) {
        return presets.get(EnvironmentId.parse(spec.environment()));
    }
}
