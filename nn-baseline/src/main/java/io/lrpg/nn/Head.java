package io.lrpg.nn;

/**
 * One network output z(s) of the baseline, Linear(D,H) – ReLU – Linear(H,1), as the actor (the Gaussian
 * mean, before its transform f) or the critic (the state value) sees it: evaluated in plain Java from a
 * snapshot of the weights, trained by DL4J. Two implementations: {@link Mlp}, a network of its own, and
 * the two halves of a {@link FusedActorCritic}.
 *
 * <p>θ is always given in the layout of one separate network (θ[j·D + i] = W₁[j, i], then b₁, w₂, b₂),
 * whatever the implementation stores.
 */
interface Head {

    /** D. */
    int inputs();

    /** The number of parameters, (D + 1)·H + H + 1. */
    int numParams();

    /** z(s) for row {@code row} of the row-major {@code observations}, from the snapshot; allocates nothing. */
    double output(double[] observations, int row);

    /** z(s_t) for every t &lt; rows, into {@code out} (output, modified). */
    default void outputs(double[] observations, int rows, double[] out) {
        for (int t = 0; t < rows; t++) {
            out[t] = output(observations, t);
        }
    }

    /**
     * One training step on the mean loss (1/B) Σ_t ℓ_t, labels row-major B × {@code columns}. A half of a
     * {@link FusedActorCritic} takes its step together with the other half (see there).
     */
    void fit(double[] observations, int rows, double[] labels, int columns);

    /**
     * ∂ℒ/∂θ, ℒ = (1/B) Σ_t ℓ_t, as {@link #fit} applies it, into {@code gradient}; changes nothing (for tests).
     *
     * @return ℒ as DL4J scores it (this head's loss only)
     */
    double gradient(double[] observations, int rows, double[] labels, int columns, double[] gradient);

    /** A copy of θ. */
    double[] parameters();

    /** Overwrites θ and refreshes the snapshot; keeps the optimizer state (for tests). */
    void setParameters(double[] theta);

    /**
     * What DL4J's own {@code output} computes for this head, for every row (the reference the snapshot is
     * tested against): f(z) for an {@link Mlp} whose output layer applies f, z for a fused half.
     */
    void networkOutputs(double[] observations, int rows, double[] out);
}
