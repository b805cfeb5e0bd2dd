package io.lrpg.bench.report;

import io.lrpg.bench.PaperShape;
import io.lrpg.bench.RecordedEpisode;
import io.lrpg.core.agent.LowRankAgentUpdateBenchmark;
import io.lrpg.core.agent.LowRankSettings;
import io.lrpg.core.discretize.GridLayout;
import io.lrpg.core.discretize.StateIndexer;
import io.lrpg.core.optim.AdamMode;
import io.lrpg.core.policy.LowRankGaussianPolicyScalingBenchmark;
import io.lrpg.core.train.EpisodeBuffer;
import java.util.Map;
import java.util.Optional;

/**
 * The arithmetic floor of one operation of a kernel benchmark: the floating-point operations it must do
 * and the bytes it must read and write, computed from the shape by the formulas below. They are lower
 * bounds of the work, not predictions of the time; the table prints them beside the measured time
 * together with the rates they imply.
 *
 * <p><b>Counting rules.</b> flops: each double-precision add, subtract, multiply, divide, square root
 * and exp counts 1; compares, clipping, rint, integer index arithmetic and random draws count 0.
 * bytes: every double operand the operation must read or write, 8 bytes each, counted once per
 * operation (reads and writes separately); grid and optimizer constants count 0.
 *
 * <p><b>Formulas.</b> D = observation length, k = rank, B = episode length, N×M actor grid, N'×M' critic
 * grid, P = number of factor entries an Adam step visits.
 * <pre>
 *   indexer (one state)          flops 4D              bytes 8D
 *       per component: (s − lo), (hi − lo), ÷, ×(n − 1)
 *   get X[i,j]                   flops 2k              bytes 16k         (k products, k sums; L row, R row)
 *   accumulate (one sample)      flops 4k              bytes 48k         (2k mul + 2k add; read L row, R row;
 *                                                                         read + write both gradient rows)
 *   sampleAction                 flops 4D + 2k + 2     bytes 8D + 16k    (indexer, get, μ + σξ; σ = e^{log σ}
 *                                                                         is kept, not recomputed per action)
 *   actor gradient (B samples)   flops B(6k + 12)      bytes B(16 + 64k)
 *       per sample: get, 12 scalar flops (d, g, h; σ² once per episode), accumulate; reads a_t, A_t; the
 *       cell is read from the episode's step keys (integers count 0)
 *   critic pass (B samples)      flops B(6k + 3)       bytes B(16 + 64k)
 *       per sample: get V_t, h_t = 2(V_t − G_t)/B, accumulate; reads G_t, writes V_t (values and gradient
 *       are one pass)
 *   critic cells (B samples)     flops B·4D            bytes B·8D        (the indexer, only when the critic's
 *                                                                         grid is not the actor's: pendulum)
 *   returns + advantages         flops 3B              bytes 40B
 *   Adam step over P entries     flops 13P (dense) / 12P (sparse)   bytes 56P   (read θ, g, m, v; write θ, m, v)
 *       dense: P = (N + M)k per matrix; sparse: P = (rows of L touched + rows of R touched)·k;
 *       the scalar log σ adds one entry
 *   scaling gradient             = actor gradient with B = 100
 *   scaling update               = actor gradient + Adam, dense P = 2·side·k + 1, sparse P = 20k + 1
 *                                  (the episode touches 10 rows of L and 10 of R at every side)
 *   agent update                 = returns + advantages + critic pass [+ critic cells] + actor gradient
 *                                  + actor Adam + critic Adam; the sparse P counts the rows the recorded
 *                                  episode actually touches (recomputed here from the same seed)
 * </pre>
 *
 * @param flops   floating-point operations per operation
 * @param bytes   bytes read and written per operation
 * @param formula the formula, as printed in the table
 */
public record Floor(double flops, double bytes, String formula) {

    static final int DENSE_ADAM_FLOPS = 13;
    static final int SPARSE_ADAM_FLOPS = 12;
    static final int ADAM_BYTES = 56;

    /** The floor of benchmark {@code name} ("Class.method") with the given parameters, if it is a kernel. */
    static Optional<Floor> of(String name, Map<String, String> params) {
        switch (name) {
            case "StateIndexerBenchmark.cell": {
                int d = PaperShape.parse(params.get("env")).observationDimension();
                return Optional.of(new Floor(4.0 * d, 8.0 * d, "4D, 8D"));
            }
            case "LowRankMatrixBenchmark.get": {
                int k = Integer.parseInt(params.get("k"));
                return Optional.of(new Floor(2.0 * k, 16.0 * k, "2k, 16k"));
            }
            case "LowRankGradientBenchmark.accumulate": {
                int k = Integer.parseInt(params.get("k"));
                return Optional.of(new Floor(4.0 * k, 48.0 * k, "4k, 48k"));
            }
            case "LowRankGaussianPolicyBenchmark.sampleAction": {
                PaperShape shape = PaperShape.parse(params.get("env"));
                int d = shape.observationDimension();
                int k = shape.lowRankSettings(AdamMode.DENSE).rank();
                return Optional.of(new Floor(4.0 * d + 2.0 * k + 2, 8.0 * d + 16.0 * k, "4D+2k+2, 8D+16k"));
            }
            case "LowRankGaussianPolicyScalingBenchmark.gradient": {
                int k = Integer.parseInt(params.get("k"));
                int b = LowRankGaussianPolicyScalingBenchmark.STEPS;
                return Optional.of(new Floor(actorGradientFlops(b, k), actorGradientBytes(b, k),
                        "B(6k+12), B(16+64k)"));
            }
            case "LowRankGaussianPolicyScalingBenchmark.update": {
                int k = Integer.parseInt(params.get("k"));
                int side = Integer.parseInt(params.get("side"));
                boolean dense = "DENSE".equals(params.get("adam"));
                int b = LowRankGaussianPolicyScalingBenchmark.STEPS;
                long p = dense ? 2L * side * k + 1 : 20L * k + 1;
                return Optional.of(new Floor(actorGradientFlops(b, k) + adamFlops(p, dense),
                        actorGradientBytes(b, k) + ADAM_BYTES * p,
                        dense ? "gradient + Adam P=2·side·k+1" : "gradient + Adam P=20k+1"));
            }
            case "LowRankAgentUpdateBenchmark.update":
                return Optional.of(agentUpdate(PaperShape.parse(params.get("env")),
                        AdamMode.valueOf(params.get("adam"))));
            default:
                return Optional.empty();
        }
    }

    private static Floor agentUpdate(PaperShape shape, AdamMode mode) {
        LowRankSettings settings = shape.lowRankSettings(mode);
        int d = shape.observationDimension();
        int k = settings.rank();
        RecordedEpisode recorded = RecordedEpisode.record(shape, LowRankAgentUpdateBenchmark.EPISODE_SEED);
        int b = recorded.length();
        boolean dense = mode == AdamMode.DENSE;
        long actorP = (dense ? rowsPlusColumns(settings.actorGrid()) : touched(settings.actorGrid(), recorded)) * k + 1L;
        long criticP = (dense ? rowsPlusColumns(settings.criticGrid()) : touched(settings.criticGrid(), recorded)) * k;
        boolean criticCells = !settings.criticGrid().equals(settings.actorGrid());
        double flops = 3.0 * b + b * (6.0 * k + 3) + (criticCells ? b * 4.0 * d : 0) + actorGradientFlops(b, k)
                + adamFlops(actorP, dense) + adamFlops(criticP, dense);
        double bytes = 40.0 * b + b * (16.0 + 64 * k) + (criticCells ? b * 8.0 * d : 0) + actorGradientBytes(b, k)
                + ADAM_BYTES * (actorP + criticP);
        return new Floor(flops, bytes, "see formulas; Adam P actor " + actorP + ", critic " + criticP
                + (criticCells ? "; critic cells" : ""));
    }

    private static double actorGradientFlops(int b, int k) {
        return b * (6.0 * k + 12);
    }

    private static double actorGradientBytes(int b, int k) {
        return b * (16 + 64.0 * k);
    }

    private static double adamFlops(long entries, boolean dense) {
        return (double) entries * (dense ? DENSE_ADAM_FLOPS : SPARSE_ADAM_FLOPS);
    }

    private static long rowsPlusColumns(GridLayout grid) {
        return (long) grid.rows() + grid.columns();
    }

    /** Distinct rows plus distinct columns of {@code grid} that the recorded episode visits. */
    static long touched(GridLayout grid, RecordedEpisode recorded) {
        StateIndexer indexer = grid.indexer();
        EpisodeBuffer buffer = recorded.buffer();
        boolean[] rows = new boolean[indexer.rows()];
        boolean[] columns = new boolean[indexer.columns()];
        long count = 0;
        for (int t = 0; t < buffer.length(); t++) {
            int offset = t * buffer.observationDimension();
            int i = indexer.row(buffer.observations(), offset);
            int j = indexer.column(buffer.observations(), offset);
            if (!rows[i]) {
                rows[i] = true;
                count++;
            }
            if (!columns[j]) {
                columns[j] = true;
                count++;
            }
        }
        return count;
    }
}
