/**
 * The LRPG actor: a Gaussian policy whose mean (and optionally log σ) is an entry of a low-rank matrix on
 * the actor grid ({@link io.lrpg.core.policy.LowRankGaussianPolicy}), with its modes as enums and records
 * ({@link io.lrpg.core.policy.MeanTransform}, {@link io.lrpg.core.policy.StdMode}, {@link
 * io.lrpg.core.policy.ActionBounds}, {@link io.lrpg.core.policy.LowRankPolicySettings}); docs/paper.md §1.1–§1.6.
 */
package io.lrpg.core.policy;
