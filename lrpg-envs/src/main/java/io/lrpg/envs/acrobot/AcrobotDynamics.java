package io.lrpg.envs.acrobot;

/** Which equation for θ̈2 (Gymnasium's {@code book_or_nips} string, as an enum). */
public enum AcrobotDynamics {
    /**
     * Sutton &amp; Barto's book (Gymnasium's default, used everywhere here):
     * <code>θ̈2 = (τ + (d2/d1)·φ1 − m2·l1·lc2·θ̇1²·sin θ2 − φ2) / (m2·lc2² + I2 − d2²/d1)</code>.
     */
    BOOK,
    /** The NIPS paper's variant, without the <code>m2·l1·lc2·θ̇1²·sin θ2</code> term. */
    NIPS
}
