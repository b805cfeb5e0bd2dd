package io.lrpg.report;

/** What a claim is about, which decides whether {@code lrpg report --check} may fail on it. */
public enum ClaimKind {
    /** A statement about the training results (final returns, episodes needed): a NOT_REPRODUCED fails the check. */
    RESULTS,
    /** A fact about model sizes (parameter ratios): reported, never fails the check. */
    MODEL_SIZE
}
