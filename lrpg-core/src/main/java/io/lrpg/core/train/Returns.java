package io.lrpg.core.train;

/** Monte-Carlo returns and advantages: small pure kernels of the policy-gradient update. */
public final class Returns {

    private Returns() {
    }

    /**
     * The discounted reward-to-go, without bootstrapping:
     * <pre>
     *   G_{B−1} = r_{B−1},   G_t = r_t + γ · G_{t+1}
     * </pre>
     *
     * @param rewards  (input) r_t for t &lt; length; not modified
     * @param length   B
     * @param discount γ
     * @param out      (output) G_t for t &lt; length; may not alias {@code rewards}
     */
    public static void discounted(double[] rewards, int length, double discount, double[] out) {
        double g = 0.0;
        for (int t = length - 1; t >= 0; t--) {
            g = rewards[t] + discount * g;
            out[t] = g;
        }
    }

    /**
     * A_t = G_t − V(s_t).
     *
     * @param returns  (input) G_t
     * @param baseline (input) V(s_t)
     * @param length   B
     * @param out      (output) A_t; may alias either input
     */
    public static void advantages(double[] returns, double[] baseline, int length, double[] out) {
        for (int t = 0; t < length; t++) {
            out[t] = returns[t] - baseline[t];
        }
    }
}
