package io.lrpg.report;

/** The outcome of checking one paper claim against measured results (rules in {@link Claims}). */
public enum Verdict {
    REPRODUCED("reproduced"),
    PARTLY("partly"),
    NOT_REPRODUCED("not reproduced"),
    /** The results cannot test the claim as the paper states it (for example, runs shorter than the paper's). */
    NOT_CHECKED("not checked");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The word printed in the claims table. */
    public String label() {
        return label;
    }
}
