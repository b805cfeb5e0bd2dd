package io.lrpg.analysis;

import io.lrpg.results.RunId;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How low-rank one function of one run is.
 *
 * @param run          the run
 * @param function     mean (before its transform) or value
 * @param grid         where it was evaluated
 * @param modelRank    k of a low-rank model; empty for a network
 * @param spectrum     the singular values of its matrix
 * @param matrixErrors e_r for r = 1 … min(15, n) at index r − 1 ({@link Spectrum#errors()})
 * @param cpFits       the CP fit of each rank r = 1 … R at index r − 1
 */
public record FunctionRanks(RunId run, StudiedFunction function, StateGrid grid, OptionalInt modelRank,
        Spectrum spectrum, double[] matrixErrors, CpAls.Fit[] cpFits) {

    /** The most matrix ranks reported per function. */
    public static final int MATRIX_RANKS = 15;

    /** The relative error at which a rank counts as enough ({@link #numericalRank()}). */
    public static final double NUMERICAL_TOLERANCE = 0.01;

    public FunctionRanks {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(modelRank, "modelRank");
        Objects.requireNonNull(spectrum, "spectrum");
        matrixErrors = matrixErrors.clone();
        cpFits = cpFits.clone();
    }

    /** The smallest r with e_r ≤ 1 % (over all r, not only the reported ones). */
    public int numericalRank() {
        return spectrum.numericalRank(NUMERICAL_TOLERANCE);
    }

    /** e_r, 1 ≤ r ≤ {@code matrixErrors().length}. */
    public double matrixError(int rank) {
        return matrixErrors[rank - 1];
    }

    /** The CP error at rank r, 1 ≤ r ≤ R. */
    public double cpError(int rank) {
        return cpFits[rank - 1].error();
    }

    @Override
    public double[] matrixErrors() {
        return matrixErrors.clone();
    }

    @Override
    public CpAls.Fit[] cpFits() {
        return cpFits.clone();
    }
}
