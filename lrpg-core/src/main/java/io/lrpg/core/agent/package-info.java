/**
 * The LRPG agent as a whole: the flat settings record of an actor and a critic ({@link
 * io.lrpg.core.agent.LowRankSettings}) and the factory that builds both from the run's initialization
 * stream ({@link io.lrpg.core.agent.LowRankAgent}).
 */
package io.lrpg.core.agent;
