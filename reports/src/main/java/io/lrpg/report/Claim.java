package io.lrpg.report;

import java.util.Objects;

/**
 * One row of the claims table.
 *
 * @param claim       the paper's claim, in short
 * @param environment the environment it is checked on
 * @param kind        a statement about results or a fact about model sizes
 * @param paper       what the paper reports
 * @param measured    what the results give (with its interval where there is one)
 * @param lower       lower end of the measured interval (NaN if none)
 * @param upper       upper end of the measured interval (NaN if none)
 * @param verdict     the outcome
 * @param basis       the numbers and rule the verdict rests on
 */
public record Claim(String claim, String environment, ClaimKind kind, String paper, String measured, double lower,
        double upper, Verdict verdict, String basis) {

    public Claim {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * Whether this claim fails {@code lrpg report --check}: a statement about the results found NOT_REPRODUCED.
     * Consistent, inconclusive, too few runs and not comparable do not fail it, nor does a model-size fact.
     */
    public boolean failsCheck() {
        return kind == ClaimKind.RESULTS && verdict == Verdict.NOT_REPRODUCED;
    }

    /** One line naming the claim, for stderr: "pendulum: final return … — measured …, paper …: not reproduced". */
    public String describe() {
        return environment + ": " + claim + " — measured " + measured + ", paper " + paper + ": " + verdict.label();
    }
}
