package io.lrpg.envs.acrobot;

/**
 * Physical constants of the two-link acrobot (Gymnasium's class attributes).
 *
 * @param dt                 time step of the single RK4 step per environment step
 * @param linkLength1        l1, length of link 1 (link 2's length only matters for rendering)
 * @param linkMass1          m1
 * @param linkMass2          m2
 * @param linkCenterOfMass1  lc1, position of link 1's centre of mass
 * @param linkCenterOfMass2  lc2
 * @param linkMomentOfInertia I1 = I2
 * @param gravity            g (9.8)
 * @param maxVelocity1       bound on |θ̇1| (4π)
 * @param maxVelocity2       bound on |θ̇2| (9π)
 * @param maxTorque          actions are clipped to [−maxTorque, maxTorque] (2 in the paper and here)
 */
public record AcrobotParameters(
        double dt, double linkLength1, double linkMass1, double linkMass2, double linkCenterOfMass1,
        double linkCenterOfMass2, double linkMomentOfInertia, double gravity, double maxVelocity1,
        double maxVelocity2, double maxTorque) {

    /** Gymnasium's {@code Acrobot-v1} constants (dt 0.2, unit links, g 9.8, 4π, 9π) with the paper's torque bound 2. */
    public static final AcrobotParameters GYMNASIUM =
            new AcrobotParameters(0.2, 1.0, 1.0, 1.0, 0.5, 0.5, 1.0, 9.8, 4 * Math.PI, 9 * Math.PI, 2.0);

    public AcrobotParameters {
        double[] values = {dt, linkLength1, linkMass1, linkMass2, linkCenterOfMass1, linkCenterOfMass2,
            linkMomentOfInertia, gravity, maxVelocity1, maxVelocity2, maxTorque};
        String[] names = {"dt", "linkLength1", "linkMass1", "linkMass2", "linkCenterOfMass1",
            "linkCenterOfMass2", "linkMomentOfInertia", "gravity", "maxVelocity1", "maxVelocity2", "maxTorque"};
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0.0 && values[i] < Double.POSITIVE_INFINITY)) { // also rejects NaN
                throw new IllegalArgumentException(names[i] + " must be finite and > 0, was " + values[i]);
            }
        }
    }
}
