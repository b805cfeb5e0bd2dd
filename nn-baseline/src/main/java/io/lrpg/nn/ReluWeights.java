package io.lrpg.nn;

/**
 * A plain-Java copy of one network Linear(D,H) – ReLU – Linear(H,1) for forward passes without DL4J:
 * <pre>
 *   z(s) = b₂ + Σ_j w₂[j] · max(0, h_j),   h_j = b₁[j] + Σ_i W₁[j, i] s_i   (i = 0, 1, …, D−1 in order)
 * </pre>
 * W₁ is stored transposed (input-major, {@code w1t[i·H + j] = W₁[j, i]}) so that the loop over the hidden
 * units runs over contiguous memory and the JIT can vectorize it; each h_j still sums its terms in the order
 * i = 0, 1, …, as the unit-by-unit loop did. {@link #load} reads the flat layout of {@link Mlp} (θ[j·D + i] =
 * W₁[j, i], then b₁, w₂, b₂). Allocates nothing after construction; not thread-safe (one scratch row).
 */
final class ReluWeights {

    private final int inputs;
    private final int hidden;
    private final double[] w1t;
    private final double[] b1;
    private final double[] w2;
    private final double[] h;
    private double b2;

    ReluWeights(int inputs, int hidden) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.w1t = new double[inputs * hidden];
        this.b1 = new double[hidden];
        this.w2 = new double[hidden];
        this.h = new double[hidden];
    }

    /** (D + 1)·H + H + 1. */
    static int parameterCount(int inputs, int hidden) {
        return (inputs + 1) * hidden + hidden + 1;
    }

    int inputs() {
        return inputs;
    }

    /** Copies θ in {@link Mlp}'s layout. */
    void load(double[] theta) {
        if (theta.length != parameterCount(inputs, hidden)) {
            throw new IllegalArgumentException(
                    "expected " + parameterCount(inputs, hidden) + " parameters, was " + theta.length);
        }
        for (int j = 0; j < hidden; j++) {
            for (int i = 0; i < inputs; i++) {
                w1t[i * hidden + j] = theta[j * inputs + i];
            }
        }
        int biases = inputs * hidden;
        System.arraycopy(theta, biases, b1, 0, hidden);
        System.arraycopy(theta, biases + hidden, w2, 0, hidden);
        b2 = theta[biases + 2 * hidden];
    }

    /**
     * z(s) for row {@code row} of the row-major {@code observations} (input, not modified).
     */
    double output(double[] observations, int row) {
        int offset = row * inputs;
        System.arraycopy(b1, 0, h, 0, hidden);
        for (int i = 0; i < inputs; i++) {
            double s = observations[offset + i];
            int base = i * hidden;
            for (int j = 0; j < hidden; j++) {
                h[j] += w1t[base + j] * s;
            }
        }
        double z = b2;
        for (int j = 0; j < hidden; j++) {
            if (h[j] > 0.0) {
                z += w2[j] * h[j];
            }
        }
        return z;
    }
}
