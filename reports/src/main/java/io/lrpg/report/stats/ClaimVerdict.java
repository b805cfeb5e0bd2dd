package io.lrpg.report.stats;

/** The outcome of testing one of the paper's claims against measured results ({@link VerdictRules}). */
public enum ClaimVerdict {
    /** The measured interval supports the paper's statement. */
    REPRODUCED("reproduced"),
    /** The effect is there and close to the paper's size, but the interval excludes the paper's number. */
    CONSISTENT("consistent"),
    /** The interval is too wide to decide. */
    INCONCLUSIVE("inconclusive"),
    /** The interval contradicts the paper's statement. */
    NOT_REPRODUCED("not reproduced"),
    /** A cell has fewer than {@link VerdictRules#MIN_RUNS} runs: no verdict is given. */
    TOO_FEW_RUNS("too few runs");

    private final String label;

    ClaimVerdict(String label) {
        this.label = label;
    }

    /** The words printed in the claims table. */
    public String label() {
        return label;
    }
}
