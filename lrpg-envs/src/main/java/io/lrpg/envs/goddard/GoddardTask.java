package io.lrpg.envs.goddard;

/** Which reward scale: the paper's ×100 copy or the upstream gym-goddard environment. */
public enum GoddardTask {
    /** The authors' {@code CustomGoddardEnv}: terminal reward <code>100·(h_max − H0)</code>. */
    PAPER(100.0),
    /** Upstream {@code Goddard-v0}: terminal reward <code>h_max − H0</code>. */
    GYM_GODDARD(1.0);

    private final double rewardScale;

    GoddardTask(double rewardScale) {
        this.rewardScale = rewardScale;
    }

    /** The factor on <code>h_max − H0</code> in the terminal reward. */
    public double rewardScale() {
        return rewardScale;
    }
}
