package io.lrpg.envs.reference;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of comparing replayed outputs with a reference file, over {@link #rows()} rows.
 *
 * @param rows                     how many rows were compared
 * @param maxDeviation             the largest <code>|got − ref|</code> over the double-precision columns
 * @param worstColumn              the column of {@code maxDeviation} (empty if it is 0)
 * @param worstRow                 its 0-based data row (−1 if it is 0)
 * @param maxFloat32Deviation      the largest <code>|got − ref|/max(|ref|, 1e-300)</code> over float32 columns
 *                                 (0 when the format has none)
 * @param violations               how many real values exceeded their bound
 * @param flagMismatches           how many flags differed
 * @param firstFailure             a description of the first violation or flag mismatch, if any
 */
public record Comparison(int rows, double maxDeviation, String worstColumn, int worstRow,
        double maxFloat32Deviation, int violations, int flagMismatches, Optional<String> firstFailure) {

    public Comparison {
        Objects.requireNonNull(worstColumn, "worstColumn");
        Objects.requireNonNull(firstFailure, "firstFailure");
        if (rows < 0 || violations < 0 || flagMismatches < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were " + rows + ", " + violations
                    + ", " + flagMismatches);
        }
    }

    /** Whether every value was within its bound and every flag equal. */
    public boolean passed() {
        return violations == 0 && flagMismatches == 0;
    }
}
