/**
 * Low-rank matrices X = L Rᵀ held as their factors ({@link io.lrpg.core.lowrank.LowRankMatrix}), the
 * row-sparse accumulation of factor gradients from per-entry gradients ({@link
 * io.lrpg.core.lowrank.LowRankGradient}) and the dense or row-sparse Adam step on the factors ({@link
 * io.lrpg.core.lowrank.LowRankAdam}); docs/paper.md §1.1, §1.4.
 */
package io.lrpg.core.lowrank;
