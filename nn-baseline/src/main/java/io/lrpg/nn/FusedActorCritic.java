package io.lrpg.nn;

import io.lrpg.core.policy.MeanTransform;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * The baseline's two networks, mean z_μ(s) and value V(s), each Linear(D,H) – ReLU – Linear(H,1), held as
 * one block-diagonal DL4J network so that an episode's update is one {@code fit} instead of two:
 * <pre>
 *   h = relu(W₁ s + b₁),  W₁ = [W₁^μ ; W₁^V]  (2H × D: units 0…H−1 are the mean network's, H…2H−1 the value's)
 *   [z_μ, V] = W₂ᵀ h + b₂, W₂ = [[w₂^μ, 0], [0, w₂^V]]  (2H × 2),  b₂ = [b₂^μ, b₂^V]
 * </pre>
 * trained on the {@link ActorCriticLoss} (the actor's REINFORCE loss on column 0 plus the critic's squared
 * error on column 1). Because the off-diagonal blocks of W₂ are zero, each output depends only on its own
 * network's parameters and each network's gradient only on its own loss, so forward, backward and the
 * element-wise Adam step are exactly those of the two separate networks, up to rounding
 * ({@code FusedActorCriticTest}: one SGD step moves each half by −lr times its own gradient to 1e-15; against
 * two {@link Mlp}s from the same draws, 30 trainer episodes give returns equal to 1e-9 and parameters to
 * 1e-10). The off-diagonal entries do receive gradients; they are set back
 * to zero after every step, before anything reads them. This needs one Adam learning rate for both
 * networks — all of the paper's settings — and a shared step counter t, which holds because both networks
 * step once per episode. ND4J's fixed cost per operation (tens of microseconds) dominates at the paper's
 * sizes, so one fit of the 2H-wide network costs about 0.6–0.7 of two fits of H-wide ones.
 *
 * <p><b>Update protocol.</b> {@link #actor()} and {@link #critic()} are {@link Head}s. Each head's
 * {@code fit} hands over its half of the labels; the network takes its step when both halves of the same
 * batch are in, in either order, and only then do both snapshots change (the trainer calls the critic's
 * and then the actor's update, with nothing but the advantages computed in between). Handing over the same
 * half twice, or halves of different batch sizes, is an error.
 *
 * <p>θ of each head is given in the separate-network layout of {@link Mlp}; the initialization draws the
 * mean network's θ and then the value network's, exactly as two {@link Mlp}s would. Not thread-safe.
 */
final class FusedActorCritic {

    private static final int MEAN = 0;
    private static final int VALUE = 1;

    private final int inputs;
    private final int hidden;
    private final Dl4jNetwork network;
    private final int[][] index;       // index[q][k]: position in the fused θ of head q's θ[k]
    private final int[] offDiagonal;   // positions of the zero blocks of W₂
    private final ReluWeights[] snapshots = new ReluWeights[2];
    private final double[][] theta = new double[2][];
    private final double[] fused;
    private final Half actor = new Half(MEAN, 3);
    private final Half critic = new Half(VALUE, 1);
    private double[] labels = new double[256 * ActorCriticLoss.LABEL_COLUMNS];
    private int stagedRows;
    private Half staged;

    /**
     * @param inputs         D
     * @param hidden         H of each network
     * @param learningRate   Adam's α, for both networks
     * @param meanTransform  f of the mean
     * @param initialization the run's initialization stream
     */
    FusedActorCritic(int inputs, int hidden, double learningRate, MeanTransform meanTransform,
            RandomGenerator initialization) {
        this(inputs, hidden, Dl4jNetwork.adam(learningRate), meanTransform, initialization);
    }

    /** As above with any DL4J updater (tests use {@link org.nd4j.linalg.learning.config.Sgd}). */
    FusedActorCritic(int inputs, int hidden, IUpdater updater, MeanTransform meanTransform,
            RandomGenerator initialization) {
        this.inputs = inputs;
        this.hidden = hidden;
        network = new Dl4jNetwork(inputs, 2 * hidden, 2, updater, Activation.IDENTITY,
                new ActorCriticLoss(meanTransform));
        fused = new double[network.numParams()];
        int perHead = ReluWeights.parameterCount(inputs, hidden);
        index = new int[][] {layout(MEAN, perHead), layout(VALUE, perHead)};
        offDiagonal = offDiagonal();
        for (int q = 0; q < 2; q++) {
            snapshots[q] = new ReluWeights(inputs, hidden);
            theta[q] = new double[perHead];
        }
        double[] mean = Mlp.initialParameters(inputs, hidden, initialization);
        double[] value = Mlp.initialParameters(inputs, hidden, initialization);
        write(MEAN, mean);
        write(VALUE, value);
        refresh();
    }

    /** The mean network z_μ, labels [a_t, A_t, σ²] per row ({@link GaussianPolicyLoss}'s). */
    Head actor() {
        return actor;
    }

    /** The value network V, labels [G_t] per row. */
    Head critic() {
        return critic;
    }

    /** The number of joint steps taken. */
    int iterations() {
        return network.iterations();
    }

    /** The fused θ (for tests: the off-diagonal blocks must be zero). */
    double[] fusedParameters() {
        double[] out = new double[network.numParams()];
        network.readParameters(out);
        return out;
    }

    /** Positions in the fused θ of the off-diagonal blocks of W₂ (for tests). */
    int[] offDiagonalPositions() {
        return offDiagonal.clone();
    }

    /**
     * Where head q's θ[k] (separate layout: W₁ unit-major, b₁, w₂, b₂) sits in the fused θ (DL4J layout:
     * W₁ [D, 2H] 'f', b₁ [2H], W₂ [2H, 2] 'f', b₂ [2]).
     */
    private int[] layout(int q, int perHead) {
        int[] map = new int[perHead];
        int d = inputs;
        int h = hidden;
        int b1 = 2 * h * d;
        int w2 = b1 + 2 * h;
        int b2 = w2 + 4 * h;
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < d; i++) {
                map[j * d + i] = (q * h + j) * d + i;
            }
            map[d * h + j] = b1 + q * h + j;
            map[d * h + h + j] = w2 + q * 2 * h + q * h + j;
        }
        map[d * h + 2 * h] = b2 + q;
        return map;
    }

    private int[] offDiagonal() {
        int w2 = 2 * hidden * inputs + 2 * hidden;
        int[] positions = new int[2 * hidden];
        for (int j = 0; j < hidden; j++) {
            positions[j] = w2 + hidden + j;                 // W₂[H + j, 0]: value unit → mean output
            positions[hidden + j] = w2 + 2 * hidden + j;    // W₂[j, 1]: mean unit → value output
        }
        return positions;
    }

    /**
     * Writes head q's θ into the fused θ; the caller then calls {@link #refresh}, which zeroes the
     * off-diagonal blocks.
     */
    private void write(int q, double[] headTheta) {
        if (headTheta.length != index[q].length) {
            throw new IllegalArgumentException("expected " + index[q].length + " parameters, was " + headTheta.length);
        }
        for (int k = 0; k < headTheta.length; k++) {
            network.setParameter(index[q][k], headTheta[k]);
        }
    }

    /** Zeroes the off-diagonal blocks, then copies both heads' θ and snapshots from the network. */
    private void refresh() {
        for (int position : offDiagonal) {
            network.setParameter(position, 0.0);
        }
        network.readParameters(fused);
        for (int q = 0; q < 2; q++) {
            for (int k = 0; k < theta[q].length; k++) {
                theta[q][k] = fused[index[q][k]];
            }
            snapshots[q].load(theta[q]);
        }
    }

    private void stage(Half half, double[] headLabels, int rows) {
        if (rows <= 0) {
            throw new IllegalArgumentException("need at least one row, was " + rows);
        }
        if (staged == half) {
            throw new IllegalStateException("the " + half.name() + " half was handed over twice; the fused "
                    + "network steps once both halves of a batch are in");
        }
        if (staged != null && stagedRows != rows) {
            throw new IllegalStateException("the halves of a batch differ in size: " + stagedRows + " and " + rows);
        }
        if (labels.length < rows * ActorCriticLoss.LABEL_COLUMNS) {
            labels = new double[Math.max(rows, 2 * labels.length / ActorCriticLoss.LABEL_COLUMNS)
                    * ActorCriticLoss.LABEL_COLUMNS];
        }
        half.copyLabels(headLabels, rows, labels);
    }

    private void fitIfComplete(Half half, double[] observations, int rows) {
        if (staged == null) {
            staged = half;
            stagedRows = rows;
            return;
        }
        staged = null;
        network.fit(observations, rows, labels, ActorCriticLoss.LABEL_COLUMNS);
        refresh();
    }

    /** One of the two networks, seen as a {@link Head}. */
    private final class Half implements Head {

        private final int q;
        private final int columns;

        Half(int q, int columns) {
            this.q = q;
            this.columns = columns;
        }

        String name() {
            return q == MEAN ? "actor" : "critic";
        }

        /** Copies this half's label columns into columns [first, first + columns) of the fused rows. */
        void copyLabels(double[] headLabels, int rows, double[] out) {
            int first = q == MEAN ? 0 : 3;
            for (int t = 0; t < rows; t++) {
                for (int c = 0; c < columns; c++) {
                    out[t * ActorCriticLoss.LABEL_COLUMNS + first + c] = headLabels[t * columns + c];
                }
            }
        }

        @Override
        public int inputs() {
            return inputs;
        }

        @Override
        public int numParams() {
            return theta[q].length;
        }

        @Override
        public double output(double[] observations, int row) {
            return snapshots[q].output(observations, row);
        }

        @Override
        public void fit(double[] observations, int rows, double[] headLabels, int labelColumns) {
            checkColumns(labelColumns);
            stage(this, headLabels, rows);
            fitIfComplete(this, observations, rows);
        }

        /**
         * The fused gradient with neutral labels for the other half, restricted to this half, and the score
         * of this half's loss alone: for the critic half A_t = 0 (the actor term and its gradient vanish);
         * for the actor half G_t = V_t from DL4J's own output (the critic term vanishes, to rounding of
         * order (ulp V)², and its gradient is not read). Leaves a handed-over batch alone.
         */
        @Override
        public double gradient(double[] observations, int rows, double[] headLabels, int labelColumns,
                double[] gradient) {
            checkColumns(labelColumns);
            double[] rowsLabels = new double[rows * ActorCriticLoss.LABEL_COLUMNS];
            double[] both = new double[2 * rows];
            if (q == MEAN) {
                network.outputs(observations, rows, both);
            }
            for (int t = 0; t < rows; t++) {
                rowsLabels[t * ActorCriticLoss.LABEL_COLUMNS + 2] = 1.0; // σ² of the neutral actor rows
                rowsLabels[t * ActorCriticLoss.LABEL_COLUMNS + 3] = both[2 * t + VALUE]; // V_t, or 0 (unread)
            }
            copyLabels(headLabels, rows, rowsLabels);
            double[] all = new double[network.numParams()];
            double score = network.gradient(observations, rows, rowsLabels, ActorCriticLoss.LABEL_COLUMNS, all);
            for (int k = 0; k < theta[q].length; k++) {
                gradient[k] = all[index[q][k]];
            }
            return score;
        }

        @Override
        public double[] parameters() {
            return theta[q].clone();
        }

        @Override
        public void setParameters(double[] headTheta) {
            write(q, headTheta);
            refresh();
        }

        @Override
        public void networkOutputs(double[] observations, int rows, double[] out) {
            double[] both = new double[2 * rows];
            network.outputs(observations, rows, both);
            for (int t = 0; t < rows; t++) {
                out[t] = both[2 * t + q];
            }
        }

        private void checkColumns(int labelColumns) {
            if (labelColumns != columns) {
                throw new IllegalArgumentException("the " + name() + " half takes " + columns
                        + " label column(s), was given " + labelColumns);
            }
        }

        @Override
        public String toString() {
            return "FusedActorCritic." + name() + "[D=" + inputs + ", H=" + hidden + "]";
        }
    }
}
