package io.lrpg.analysis;

/**
 * The network baseline's output Linear(D, H) – ReLU – Linear(H, 1) from its stored parameter vector θ, in the layout
 * documented by {@code io.lrpg.experiment.Models} (that of {@code io.lrpg.nn.Mlp}):
 * <pre>
 *   θ[j·D + i] = W₁[j, i],   θ[D·H + j] = b₁[j],   θ[D·H + H + j] = w₂[j],   θ[D·H + 2H] = b₂
 *   z(s) = b₂ + Σ_j w₂[j] · max(0, h_j),   h_j = b₁[j] + Σ_i W₁[j, i] s_i
 * </pre>
 * The sums run in the order of the model's own plain-Java forward pass ({@code io.lrpg.nn.ReluWeights}: each h_j
 * from b₁[j] adding i = 0, 1, …; z from b₂ adding the active units j = 0, 1, …), so z equals the model's to the last
 * bit. The nn module offers no public way to load stored parameters into a model, hence this copy; the tests check
 * it against {@code NeuralGaussianPolicy.mean} and {@code NeuralValueFunction.value}. Allocates nothing per call;
 * not thread-safe (one scratch row).
 */
public final class ReluNetwork implements StateFunction {

    private final int inputs;
    private final int hidden;
    private final double[] w1t; // W₁ transposed: w1t[i·H + j] = W₁[j, i]
    private final double[] b1;
    private final double[] w2;
    private final double b2;
    private final double[] h;

    /**
     * @param inputs D &gt; 0
     * @param hidden H &gt; 0
     * @param theta  (input) θ, (D + 1)·H + H + 1 numbers in the layout above; copied
     */
    public ReluNetwork(int inputs, int hidden, double[] theta) {
        if (inputs <= 0 || hidden <= 0) {
            throw new IllegalArgumentException("inputs and hidden must be > 0, were " + inputs + " and " + hidden);
        }
        if (theta.length != parameterCount(inputs, hidden)) {
            throw new IllegalArgumentException("expected " + parameterCount(inputs, hidden) + " parameters, was "
                    + theta.length);
        }
        this.inputs = inputs;
        this.hidden = hidden;
        this.w1t = new double[inputs * hidden];
        for (int j = 0; j < hidden; j++) {
            for (int i = 0; i < inputs; i++) {
                w1t[i * hidden + j] = theta[j * inputs + i];
            }
        }
        int biases = inputs * hidden;
        this.b1 = java.util.Arrays.copyOfRange(theta, biases, biases + hidden);
        this.w2 = java.util.Arrays.copyOfRange(theta, biases + hidden, biases + 2 * hidden);
        this.b2 = theta[biases + 2 * hidden];
        this.h = new double[hidden];
    }

    /** (D + 1)·H + H + 1. */
    public static int parameterCount(int inputs, int hidden) {
        return (inputs + 1) * hidden + hidden + 1;
    }

    @Override
    public double at(double[] state) {
        if (state.length != inputs) {
            throw new IllegalArgumentException("expected a state of length " + inputs + ", was " + state.length);
        }
        // h_j = b₁[j] + Σ_i W₁[j, i] s_i, accumulated input by input
        System.arraycopy(b1, 0, h, 0, hidden);
        for (int i = 0; i < inputs; i++) {
            double s = state[i];
            int base = i * hidden;
            for (int j = 0; j < hidden; j++) {
                h[j] += w1t[base + j] * s;
            }
        }
        // z = b₂ + Σ_j w₂[j] max(0, h_j)
        double z = b2;
        for (int j = 0; j < hidden; j++) {
            if (h[j] > 0.0) {
                z += w2[j] * h[j];
            }
        }
        return z;
    }
}
