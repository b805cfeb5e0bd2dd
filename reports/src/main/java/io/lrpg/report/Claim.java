package io.lrpg.report;

/**
 * One row of the claims table.
 *
 * @param claim       the paper's claim, in short
 * @param environment the environment it is checked on
 * @param paper       what the paper reports
 * @param measured    what the results give (with interval where there is one)
 * @param lower       lower end of the measured interval (NaN if none)
 * @param upper       upper end of the measured interval (NaN if none)
 * @param verdict     the outcome
 * @param basis       the numbers and rule the verdict rests on
 */
public record Claim(String claim, String environment, String paper, String measured, double lower, double upper,
        Verdict verdict, String basis) {

    /** This claim marked {@link Verdict#NOT_CHECKED}, with the reason appended to its basis. */
    public Claim notChecked(String reason) {
        return new Claim(claim, environment, paper, measured, lower, upper, Verdict.NOT_CHECKED,
                basis + "; not checked: " + reason);
    }
}
