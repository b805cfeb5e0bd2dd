package io.lrpg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lrpg} command line: entry point and list of subcommands. */
@Command(name = "lrpg", mixinStandardHelpOptions = true, version = "lrpg 0.1.0-SNAPSHOT",
        description = "Low-rank matrix policy gradient: environments, training and the paper reproduction.",
        subcommands = {CommandLine.HelpCommand.class, ReportCommand.class})
public final class Lrpg {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (0 success, 1 check failed, 2 bad input). */
    public static int execute(String... args) {
        return new CommandLine(new Lrpg()).execute(args);
    }
}
