package io.lrpg.analysis;

import java.util.Locale;

/** How the evaluations are arranged and approximated. */
public enum Decomposition {
    /** The N × M matrix of the paper's row/column grouping, truncated SVD (Eckart–Young). */
    MATRIX,
    /** The D-way tensor, one mode per state dimension, CP (PARAFAC) fitted by alternating least squares. */
    CP;

    /** The name in the result files: {@code matrix}, {@code cp}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
