/**
 * CP (PARAFAC) tensor models, the follow-up of docs/paper.md §4.2: a tensor with one mode per state dimension held
 * as its factors ({@link io.lrpg.core.tensor.CpTensor}), the gradient of its entries with respect to the factors
 * ({@link io.lrpg.core.tensor.CpGradient}), the dense or row-sparse Adam step on them ({@link
 * io.lrpg.core.tensor.CpAdam}), and the Gaussian policy ({@link io.lrpg.core.tensor.TensorGaussianPolicy}) and value
 * baseline ({@link io.lrpg.core.tensor.TensorValueFunction}) built on them, with their settings ({@link
 * io.lrpg.core.tensor.TensorSettings}) and the agent factory ({@link io.lrpg.core.tensor.TensorAgent}). With two
 * modes the model is the matrix model of {@link io.lrpg.core.lowrank}.
 */
package io.lrpg.core.tensor;
