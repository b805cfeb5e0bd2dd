package io.lrpg.core.optim;

/**
 * β₁ᵗ and β₂ᵗ as {@code Math.pow} computes them, remembered for the last (β₁, β₂, t) asked on the calling thread.
 *
 * <p>A training update steps several optimizers at the same t with the same β's (the actor's factors, its log σ₀ and
 * the critic), and the two {@code Math.pow} calls of a step cost more than the whole Adam update of a small factor.
 * The powers are a pure function of (β₁, β₂, t), so a remembered pair is the same bits as computing it again. One
 * entry per thread: parallel runs never share one. Allocates nothing after a thread's first call.
 */
final class AdamPowers {

    private static final ThreadLocal<AdamPowers> LAST = ThreadLocal.withInitial(AdamPowers::new);

    private double beta1 = Double.NaN;
    private double beta2 = Double.NaN;
    private long steps = -1;
    private double beta1Power;
    private double beta2Power;

    private AdamPowers() {
    }

    /** The calling thread's entry, holding β₁ᵗ and β₂ᵗ for the given (β₁, β₂, t). */
    static AdamPowers of(double beta1, double beta2, long steps) {
        AdamPowers last = LAST.get();
        if (steps != last.steps || beta1 != last.beta1 || beta2 != last.beta2) { // NaN never matches: computed
            last.beta1Power = Math.pow(beta1, steps);
            last.beta2Power = Math.pow(beta2, steps);
            last.beta1 = beta1;
            last.beta2 = beta2;
            last.steps = steps;
        }
        return last;
    }

    /** β₁ᵗ. */
    double beta1Power() {
        return beta1Power;
    }

    /** β₂ᵗ. */
    double beta2Power() {
        return beta2Power;
    }
}
