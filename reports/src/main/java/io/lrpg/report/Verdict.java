package io.lrpg.report;

/** The outcome of checking one paper claim against measured results (rules in {@link Claims}). */
public enum Verdict {
    REPRODUCED("reproduced"),
    PARTLY("partly"),
    NOT_REPRODUCED("not reproduced");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The word printed in the claims table. */
    public String label() {
        return label;
    }
}
