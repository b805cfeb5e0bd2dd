/**
 * The LRPG critic: a state-value baseline that is an entry of a low-rank matrix on its own grid ({@link
 * io.lrpg.core.value.LowRankValueFunction}), fitted to Monte-Carlo returns; docs/paper.md §1.3.
 */
package io.lrpg.core.value;
