package io.lrpg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleSupplier;
import java.util.function.IntToDoubleFunction;

/** Central-difference checks of analytic gradients, shared by the model tests. */
public final class FiniteDifferences {

    private FiniteDifferences() {
    }

    /**
     * For every entry n of {@code parameters} (modified in place and restored), asserts
     * (ℒ(θ + h e_n) − ℒ(θ − h e_n)) / 2h = {@code analytic(n)} within {@code absolute + relative·|numeric|}.
     *
     * @param name       what the entries are, for messages
     * @param parameters (input and output) θ, live: the loss must read it
     * @param analytic   the analytic ∂ℒ/∂θ_n
     * @param loss       ℒ at the current θ, computed independently of the analytic gradient
     */
    public static void check(String name, double[] parameters, IntToDoubleFunction analytic, DoubleSupplier loss,
            double h, double absolute, double relative) {
        for (int n = 0; n < parameters.length; n++) {
            double saved = parameters[n];
            parameters[n] = saved + h;
            double plus = loss.getAsDouble();
            parameters[n] = saved - h;
            double minus = loss.getAsDouble();
            parameters[n] = saved;
            double numeric = (plus - minus) / (2 * h);
            assertEquals(numeric, analytic.applyAsDouble(n), absolute + relative * Math.abs(numeric),
                    name + " entry " + n);
        }
    }
}
