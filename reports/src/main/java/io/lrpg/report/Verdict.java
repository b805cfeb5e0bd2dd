package io.lrpg.report;

import io.lrpg.report.stats.ClaimVerdict;

/**
 * The outcome of checking one paper claim against measured results: the words of {@link ClaimVerdict} (rules in
 * {@link io.lrpg.report.stats.VerdictRules} and {@link Claims}), plus {@link #NOT_COMPARABLE} for runs whose settings
 * are not the paper's.
 */
public enum Verdict {
    /** The measured interval supports the paper's statement. */
    REPRODUCED("reproduced"),
    /** The effect is there and close to the paper's size (±25 %), but the interval excludes the paper's number. */
    CONSISTENT("consistent"),
    /** The interval is too wide to decide (for a ratio: it contains 1, no effect). */
    INCONCLUSIVE("inconclusive"),
    /** The interval contradicts the paper's statement. */
    NOT_REPRODUCED("not reproduced"),
    /** A cell has fewer than {@link io.lrpg.report.stats.VerdictRules#MIN_RUNS} runs: no verdict. */
    TOO_FEW_RUNS("too few runs"),
    /** The runs' settings differ from the paper's, so the paper's claim does not apply to them. */
    NOT_COMPARABLE("not comparable: settings differ");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The words printed in the claims table. */
    public String label() {
        return label;
    }

    /** The same verdict. */
    public static Verdict of(ClaimVerdict verdict) {
        return switch (verdict) {
            case REPRODUCED -> REPRODUCED;
            case CONSISTENT -> CONSISTENT;
            case INCONCLUSIVE -> INCONCLUSIVE;
            case NOT_REPRODUCED -> NOT_REPRODUCED;
            case TOO_FEW_RUNS -> TOO_FEW_RUNS;
        };
    }
}
