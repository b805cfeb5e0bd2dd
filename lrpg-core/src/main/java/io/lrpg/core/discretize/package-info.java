/**
 * From a continuous state to a (row, column) cell of a matrix: per-dimension uniform grids ({@link
 * io.lrpg.core.discretize.Axis}), the split of the dimensions into a row group and a column group ({@link
 * io.lrpg.core.discretize.GridLayout}) and the non-allocating indexer ({@link
 * io.lrpg.core.discretize.StateIndexer}); docs/paper.md §1.2.
 */
package io.lrpg.core.discretize;
