package io.lrpg.envs.goddard;

/**
 * Constants of a Goddard rocket in gym-goddard's parametrization; derived constants are methods.
 *
 * @param dt       Euler time step DT
 * @param v0       initial velocity V0
 * @param h0       initial (ground) altitude H0
 * @param m0       initial mass M0
 * @param g0       gravity at the ground G0
 * @param hc       drag scale-height factor HC
 * @param mc       dry-mass fraction MC (dry mass M1 = MC·M0)
 * @param vc       drag factor VC (DC = 0.5·VC·M0/G0)
 * @param thrustToWeight maximal thrust in units of G0·M0 (THRUST_MAX = 3.5·G0·M0)
 */
public record RocketParameters(
        double dt, double v0, double h0, double m0, double g0, double hc, double mc, double vc,
        double thrustToWeight) {

    /** gym-goddard's {@code Default} rocket: the dimensionless SA-2 model (Bryson; COPS "rocket"). */
    public static final RocketParameters SA2_DIMENSIONLESS =
            new RocketParameters(0.001, 0.0, 1.0, 1.0, 1.0, 500.0, 0.6, 620.0, 3.5);

    public RocketParameters {
        double[] positive = {dt, h0, m0, g0, hc, mc, vc, thrustToWeight};
        String[] names = {"dt", "h0", "m0", "g0", "hc", "mc", "vc", "thrustToWeight"};
        for (int i = 0; i < positive.length; i++) {
            if (!(positive[i] > 0.0 && positive[i] < Double.POSITIVE_INFINITY)) { // also rejects NaN
                throw new IllegalArgumentException(names[i] + " must be finite and > 0, was " + positive[i]);
            }
        }
        if (!Double.isFinite(v0)) {
            throw new IllegalArgumentException("v0 must be finite, was " + v0);
        }
        if (!(mc < 1.0)) {
            throw new IllegalArgumentException("mc must be < 1 (dry mass below the initial mass), was " + mc);
        }
    }

    /** Dry mass <code>M1 = MC·M0</code> (0.6). */
    public double dryMass() {
        return mc * m0;
    }

    /** <code>THRUST_MAX = thrustToWeight·G0·M0</code> (3.5). */
    public double maxThrust() {
        return thrustToWeight * g0 * m0;
    }

    /** Drag coefficient <code>DC = 0.5·VC·M0/G0</code> (310). */
    public double dragCoefficient() {
        return 0.5 * vc * m0 / g0;
    }

    /** Fuel burnt per unit thrust and time, <code>GAMMA = 1/(0.5·√(G0·H0))</code> (2). */
    public double fuelPerThrust() {
        return 1 / (0.5 * Math.sqrt(g0 * h0));
    }
}
