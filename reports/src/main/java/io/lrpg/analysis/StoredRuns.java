package io.lrpg.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.lrpg.core.discretize.Axis;
import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.discretize.ModeIndexer;
import io.lrpg.core.tensor.CpTensor;
import io.lrpg.core.lowrank.LowRankMatrix;
import io.lrpg.core.policy.MeanTransform;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.presets.PaperPresets;
import io.lrpg.experiment.ModelKind;
import io.lrpg.results.ModelParameters;
import io.lrpg.results.ResultsFormatException;
import io.lrpg.results.RunId;
import io.lrpg.results.RunRecord;
import io.lrpg.results.StoreLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Finds the trained runs in results folders and rebuilds their functions from the stored parameters
 * ({@code runs/<env>/<model>/<variant>/seed-<S>.model.json}, named and laid out as {@code io.lrpg.experiment.Models}
 * documents) and settings ({@code seed-<S>.json}), without training.
 *
 * <p>The grids:
 * <ul>
 *   <li>low-rank runs: the model's own grids from the run's settings ({@code lowRank.actorGrid} for the mean,
 *       {@code lowRank.criticGrid} for the value), one point per cell, so the matrix is X = L Rᵀ itself;</li>
 *   <li>network runs: {@code points} points per state dimension over the ranges, and with the row/column grouping,
 *       of the paper's low-rank actor grid of the environment ({@link PaperPresets}), for both functions. Without
 *       {@code --points}: {@link #defaultPoints(int)}.</li>
 * </ul>
 *
 * <p>Folders are merged by run identity: the same run in two folders is read once if both copies hold the same
 * parameters, and is an error naming both files otherwise.
 */
public final class StoredRuns {

    /** The largest grid a network run may be evaluated on (points over all dimensions). */
    public static final long MAX_GRID_POINTS = 1L << 24;

    private StoredRuns() {
    }

    /**
     * The default number of points per dimension of a network run's grid: 50 for D ≤ 3 (at most 125 000 points, a
     * matrix of at most 50 × 2 500), else the largest p with p^D ≤ 10 000 (D = 4: 10, a 100 × 100 matrix), so
     * that the CP fits stay affordable.
     */
    public static int defaultPoints(int dimensions) {
        if (dimensions <= 3) {
            return 50;
        }
        int p = 2;
        while (Math.pow(p + 1, dimensions) <= 10_000) {
            p++;
        }
        return p;
    }

    /**
     * Every finished run below the folders' {@code runs/}, rebuilt, sorted by run identity.
     *
     * @param points points per dimension of network grids, or empty for {@link #defaultPoints}
     * @throws ResultsFormatException naming the file for a run that cannot be rebuilt (unknown model or
     *                                environment, a missing, unreadable or misshapen parameter file, settings
     *                                without the needed grid), or a run stored twice with different parameters
     */
    public static List<RebuiltRun> load(List<Path> folders, OptionalInt points) {
        if (points.isPresent() && points.getAsInt() < 2) {
            throw new IllegalArgumentException("points must be >= 2, was " + points.getAsInt());
        }
        Map<RunId, Found> found = new TreeMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new ResultsFormatException(folder + ": not a folder");
            }
            StoreLayout layout = new StoreLayout(folder);
            for (StoreLayout.Located located : layout.records()) {
                Path parametersFile = layout.parameters(located.id());
                Found earlier = found.get(located.id());
                if (earlier != null) {
                    ModelParameters again = readParameters(parametersFile);
                    if (!sameArrays(earlier.parameters(), again)) {
                        throw new ResultsFormatException("run " + located.id() + " is stored twice with different "
                                + "parameters: " + earlier.parametersFile() + " and " + parametersFile);
                    }
                    continue;
                }
                found.put(located.id(), new Found(located.id(), located.file(), parametersFile,
                        readParameters(parametersFile)));
            }
        }
        List<RebuiltRun> runs = new ArrayList<>();
        for (Found run : found.values()) {
            runs.add(rebuild(run.id(), run.recordFile(), run.parametersFile(), run.parameters(), points));
        }
        return runs;
    }

    private record Found(RunId id, Path recordFile, Path parametersFile, ModelParameters parameters) {
    }

    private static ModelParameters readParameters(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ResultsFormatException(file + ": trained parameters missing (the run cannot be rebuilt)");
        }
        return ModelParameters.read(file);
    }

    private static boolean sameArrays(ModelParameters a, ModelParameters b) {
        if (!a.model().equals(b.model()) || !a.arrays().keySet().equals(b.arrays().keySet())) {
            return false;
        }
        for (Map.Entry<String, ModelParameters.NamedArray> entry : a.arrays().entrySet()) {
            ModelParameters.NamedArray other = b.arrays().get(entry.getKey());
            if (!Arrays.equals(entry.getValue().shape(), other.shape())
                    || !Arrays.equals(entry.getValue().values(), other.values())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rebuilds one run from its record and parameter files.
     *
     * @throws ResultsFormatException naming the file at fault
     */
    public static RebuiltRun rebuild(RunId id, Path recordFile, Path parametersFile, ModelParameters parameters,
            OptionalInt points) {
        ModelKind model;
        try {
            model = ModelKind.parse(id.model());
        } catch (IllegalArgumentException e) {
            throw new ResultsFormatException(recordFile + ": cannot rebuild the run: " + e.getMessage(), e);
        }
        if (!parameters.run().equals(id) || !parameters.model().equals(model.id())) {
            throw new ResultsFormatException(parametersFile + ": holds the parameters of " + parameters.run()
                    + " (model " + parameters.model() + "), expected " + id);
        }
        JsonNode settings = RunRecord.read(recordFile).settings();
        try {
            return switch (model) {
                case LOWRANK -> lowRank(id, parametersFile, settings.path("lowRank"), parameters);
                case NN -> network(id, parametersFile, settings.path("network"), parameters, points);
                case TENSOR -> tensor(id, parametersFile, settings.path("tensor"), parameters);
            };
        } catch (ResultsFormatException e) {
            throw new ResultsFormatException(parametersFile + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ResultsFormatException(recordFile + ": cannot rebuild the run: " + e.getMessage(), e);
        }
    }

    private static RebuiltRun lowRank(RunId id, Path file, JsonNode settings, ModelParameters parameters) {
        GridLayout actor = grid(settings.path("actorGrid"), "lowRank.actorGrid");
        GridLayout critic = grid(settings.path("criticGrid"), "lowRank.criticGrid");
        int rank = positiveInt(settings.path("rank"), "lowRank.rank");
        MeanTransform transform = transform(settings.path("meanTransform"), "lowRank.meanTransform");
        LowRankMatrix mean = factors(parameters, "actor.mean", actor, rank);
        LowRankMatrix value = factors(parameters, "critic", critic, rank);
        return new RebuiltRun(id, file, ModelKind.LOWRANK, transform, OptionalInt.of(rank), new StateGrid(actor),
                new StateGrid(critic), new LowRankFunction(mean, actor.indexer()),
                new LowRankFunction(value, critic.indexer()));
    }

    /**
     * A tensor run on its own axes (one grid point per index of every mode, so the evaluations are the tensor X
     * itself); its matrix layout groups the modes into rows and columns as the paper's low-rank grid of the
     * environment does (first dimension the rows, the others the columns where the paper has no grid).
     */
    private static RebuiltRun tensor(RunId id, Path file, JsonNode settings, ModelParameters parameters) {
        java.util.List<Axis> actorAxes = axes(settings.path("actorAxes"), "tensor.actorAxes");
        java.util.List<Axis> criticAxes = axes(settings.path("criticAxes"), "tensor.criticAxes");
        int rank = positiveInt(settings.path("rank"), "tensor.rank");
        MeanTransform transform = transform(settings.path("meanTransform"), "tensor.meanTransform");
        CpTensor mean = modes(parameters, "actor.mean.mode", actorAxes, rank);
        CpTensor value = modes(parameters, "critic.mode", criticAxes, rank);
        int[][] groups = grouping(EnvironmentId.parse(id.environment()), actorAxes.size());
        GridLayout actorGrid = new GridLayout(actorAxes, groups[0], groups[1]);
        GridLayout criticGrid = new GridLayout(criticAxes, groups[0], groups[1]);
        return new RebuiltRun(id, file, ModelKind.TENSOR, transform, OptionalInt.of(rank), new StateGrid(actorGrid),
                new StateGrid(criticGrid), new TensorFunction(mean, new ModeIndexer(actorAxes)),
                new TensorFunction(value, new ModeIndexer(criticAxes)));
    }

    /** U_0 … U_{D−1} stored as {@code prefix0 …}, each n_d × k. */
    private static CpTensor modes(ModelParameters parameters, String prefix, java.util.List<Axis> axes, int rank) {
        int[] sizes = axes.stream().mapToInt(Axis::buckets).toArray();
        CpTensor x = new CpTensor(sizes, rank);
        for (int d = 0; d < sizes.length; d++) {
            double[] u = parameters.values(prefix + d, sizes[d], rank);
            System.arraycopy(u, 0, x.factor(d), 0, u.length);
        }
        return x;
    }

    /** The row and column dimensions of the paper's grid of the environment, or {0} × the rest without one. */
    private static int[][] grouping(EnvironmentId environment, int dimensions) {
        try {
            GridLayout paper = PaperPresets.of(environment).lowRank().actorGrid();
            return new int[][] {paper.rowDimensions(), paper.columnDimensions()};
        } catch (IllegalArgumentException e) {
            int[] columns = new int[dimensions - 1];
            for (int d = 1; d < dimensions; d++) {
                columns[d - 1] = d;
            }
            return new int[][] {{0}, columns};
        }
    }

    private static java.util.List<Axis> axes(JsonNode axes, String where) {
        if (!axes.isArray() || axes.isEmpty()) {
            throw new IllegalArgumentException("the settings have no " + where);
        }
        List<Axis> list = new ArrayList<>();
        for (JsonNode axis : axes) {
            list.add(new Axis(number(axis.path("low"), where + "[].low"), number(axis.path("high"), where + "[].high"),
                    positiveInt(axis.path("buckets"), where + "[].buckets")));
        }
        return list;
    }

    /** L (N×k) and R (M×k) stored as {@code prefix.left}, {@code prefix.right}. */
    private static LowRankMatrix factors(ModelParameters parameters, String prefix, GridLayout grid, int rank) {
        double[] left = parameters.values(prefix + ".left", grid.rows(), rank);
        double[] right = parameters.values(prefix + ".right", grid.columns(), rank);
        LowRankMatrix x = new LowRankMatrix(grid.rows(), grid.columns(), rank);
        System.arraycopy(left, 0, x.left().data, 0, left.length);
        System.arraycopy(right, 0, x.right().data, 0, right.length);
        return x;
    }

    private static RebuiltRun network(RunId id, Path file, JsonNode settings, ModelParameters parameters,
            OptionalInt points) {
        int inputs = positiveInt(settings.path("inputs"), "network.inputs");
        int hidden = positiveInt(settings.path("hidden"), "network.hidden");
        MeanTransform transform = transform(settings.path("meanTransform"), "network.meanTransform");
        EnvironmentId environment = EnvironmentId.parse(id.environment());
        GridLayout paper;
        try {
            paper = io.lrpg.envs.presets.Presets.of(environment).lowRank().actorGrid();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no grid for a network run on " + environment.id() + ": "
                    + e.getMessage(), e);
        }
        if (paper.stateDimension() != inputs) {
            throw new IllegalArgumentException("the network has " + inputs + " inputs, the paper's grid of "
                    + environment.id() + " " + paper.stateDimension() + " dimensions");
        }
        int count = ReluNetwork.parameterCount(inputs, hidden);
        double[] actor = parameters.values("actor.theta", count);
        double[] critic = parameters.values("critic.theta", count);
        int p = points.orElse(defaultPoints(inputs));
        if (Math.pow(p, inputs) > MAX_GRID_POINTS) {
            throw new IllegalArgumentException(p + " points per dimension make a grid of " + (long) Math.pow(p, inputs)
                    + " points for " + environment.id() + ", more than " + MAX_GRID_POINTS);
        }
        StateGrid grid = StateGrid.withPoints(paper, p);
        return new RebuiltRun(id, file, ModelKind.NN, transform, OptionalInt.empty(), grid, grid,
                new ReluNetwork(inputs, hidden, actor), new ReluNetwork(inputs, hidden, critic));
    }

    private static GridLayout grid(JsonNode node, String where) {
        List<Axis> list = axes(node.path("axes"), where + ".axes");
        return new GridLayout(list, dimensions(node.path("rowDimensions"), where + ".rowDimensions"),
                dimensions(node.path("columnDimensions"), where + ".columnDimensions"));
    }

    private static int[] dimensions(JsonNode node, String where) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("the settings have no " + where);
        }
        int[] out = new int[node.size()];
        for (int a = 0; a < out.length; a++) {
            if (!node.get(a).canConvertToInt()) {
                throw new IllegalArgumentException(where + " must hold integers, has " + node.get(a));
            }
            out[a] = node.get(a).asInt();
        }
        return out;
    }

    private static double number(JsonNode node, String where) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException("the settings have no number " + where);
        }
        return node.asDouble();
    }

    private static int positiveInt(JsonNode node, String where) {
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() <= 0) {
            throw new IllegalArgumentException("the settings need a positive integer " + where + ", have " + node);
        }
        return node.asInt();
    }

    private static MeanTransform transform(JsonNode node, String where) {
        try {
            return MeanTransform.valueOf(node.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + where + " '" + node.asText() + "'", e);
        }
    }
}
