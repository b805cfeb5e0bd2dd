package io.lrpg.core.policy;

/** How the Gaussian policy's standard deviation σ depends on the state (docs/paper.md §5, A1). */
public enum StdMode {

    /**
     * One learned scalar log σ shared by every state, as the reference code runs (the default;
     * reproduces the paper's figure).
     */
    SCALAR,

    /**
     * log σ(s) = log σ₀ + [L_σ R_σᵀ]_{i(s), j(s)}: the learned scalar log σ₀ plus a rank-k matrix on the
     * actor grid (the paper's "parameters of the stochastic policy into a matrix"). L_σ is drawn
     * 𝒩(0, initScale²) and R_σ starts at zero, so σ(s) = e^{log σ₀} everywhere at the start and the
     * factors are not stuck at the symmetric saddle L_σ = R_σ = 0.
     */
    PER_STATE
}
