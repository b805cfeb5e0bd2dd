package io.lrpg.cli;

import io.lrpg.core.env.Box;
import io.lrpg.core.env.Environment;
import io.lrpg.envs.EnvironmentId;
import io.lrpg.envs.Environments;
import java.io.PrintWriter;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lrpg envs}: the environment ids with their spaces and a one-line description. */
@Command(name = "envs", mixinStandardHelpOptions = true,
        description = "List the environments with their observation and action spaces.")
final class EnvsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (EnvironmentId id : EnvironmentId.values()) {
            // the spaces do not depend on the generator; a fixed seed keeps this side-effect free
            Environment environment = Environments.create(id, new SplittableRandom(0));
            out.printf("%-12s %s%n", id.id(), id.description());
            out.printf("%-12s   observation %s%n", "", describe(environment.observationSpace()));
            out.printf("%-12s   action      %s%n", "", describe(environment.actionSpace()));
        }
        return Lrpg.EXIT_OK;
    }

    /** A box as a product of intervals, runs of equal intervals written as powers: {@code [-1, 1]^4 x [-8, 8]}. */
    static String describe(Box box) {
        StringBuilder text = new StringBuilder();
        int d = 0;
        while (d < box.dimension()) {
            int run = 1;
            while (d + run < box.dimension() && box.low(d + run) == box.low(d) && box.high(d + run) == box.high(d)) {
                run++;
            }
            if (text.length() > 0) {
                text.append(" x ");
            }
            text.append('[').append(number(box.low(d))).append(", ").append(number(box.high(d))).append(']');
            if (run > 1) {
                text.append('^').append(run);
            }
            d += run;
        }
        return text + "  (" + box.dimension() + "-d)";
    }

    private static String number(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e9) {
            return Long.toString((long) x);
        }
        return String.format(java.util.Locale.ROOT, "%.6g", x).replaceAll("0+$", "");
    }
}
