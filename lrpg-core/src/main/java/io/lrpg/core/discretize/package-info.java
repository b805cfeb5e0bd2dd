/**
 * From a continuous state to a (row, column) cell of a matrix: per-dimension uniform grids ({@link
 * io.lrpg.core.discretize.Axis}), the split of the dimensions into a row group and a column group ({@link
 * io.lrpg.core.discretize.GridLayout}) and the non-allocating indexer ({@link
 * io.lrpg.core.discretize.StateIndexer}); docs/paper.md §1.2. For a tensor model, one index per state dimension
 * ({@link io.lrpg.core.discretize.ModeIndexer}). The step keys of both ({@link
 * io.lrpg.core.discretize.CellKeys}, {@link io.lrpg.core.discretize.ModeKeys}).
 */
package io.lrpg.core.discretize;
