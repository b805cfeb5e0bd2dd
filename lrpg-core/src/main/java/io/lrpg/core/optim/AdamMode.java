package io.lrpg.core.optim;

/**
 * Which Adam variant updates a row-structured parameter such as the factors L and R of a low-rank matrix.
 */
public enum AdamMode {

    /**
     * {@link Adam}, the semantics of {@code torch.optim.Adam} and of the reference implementation: every
     * entry's moments decay and every entry moves at every step, whether or not it has a gradient. Its
     * cost grows with the number of parameters (O((N + M)·k) per step). The default; exact to the
     * reference.
     */
    DENSE,

    /**
     * {@link SparseAdam}, the semantics of {@code torch.optim.SparseAdam}: only the rows that received a
     * gradient in this step have their moments and values updated; untouched rows keep their moments and
     * do not move. The cost of a step is O(rows touched · k), independent of the grid size. Not what the
     * reference ran (see {@code docs/deviations.md}).
     */
    SPARSE
}
