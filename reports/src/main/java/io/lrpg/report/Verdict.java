package io.lrpg.report;

/** The outcome of checking one paper claim against measured results (rules in {@link Claims}). */
public enum Verdict {
    REPRODUCED("reproduced"),
    PARTLY("partly"),
    NOT_REPRODUCED("not reproduced"),
    /** The results cannot test the claim as the paper states it (for example, runs shorter than the paper's). */
    NOT_CHECKED("not checked"),
    /** The runs' settings differ from the paper's, so the paper's claim does not apply to them. */
    NOT_COMPARABLE("not comparable: settings differ");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The word printed in the claims table. */
    public String label() {
        return label;
    }
}
