package io.lrpg.envs.acrobot;

/** Which acrobot task: reward and observation differ, the physics is shared; see {@link Acrobot}. */
public enum AcrobotTask {
    /** The authors' {@code CustomAcrobotEnv}: −0.1 per step, +100 on the terminal step, raw 4-d observation. */
    PAPER,
    /** Gymnasium's {@code Acrobot-v1}: −1 per step, 0 on the terminal step, float32 [cos θ1, sin θ1, cos θ2, sin θ2, θ̇1, θ̇2]. */
    GYMNASIUM
}
