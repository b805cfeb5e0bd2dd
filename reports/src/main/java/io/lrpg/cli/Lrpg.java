package io.lrpg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;

/**
 * The {@code lrpg} command line: entry point and list of subcommands.
 *
 * <p>Exit codes: {@link #EXIT_OK} success, {@link #EXIT_CHECK_FAILED} a check ran and failed,
 * {@link #EXIT_USAGE} bad input. Bad input is reported as one line on stderr,
 * {@code lrpg <command>: error: <message>}, with no stack trace: picocli's parameter errors (unknown
 * option, bad value, missing parameter) and any {@link UsageException} a command throws. Other exceptions
 * are bugs and propagate.
 */
@Command(name = "lrpg", mixinStandardHelpOptions = true, version = "lrpg 0.1.0-SNAPSHOT",
        description = "Low-rank matrix policy gradient: environments, training and the paper reproduction.",
        subcommands = {EnvsCommand.class, ReplayCommand.class, TrainCommand.class, ReproduceCommand.class, ReportCommand.class,
            CommandLine.HelpCommand.class})
public final class Lrpg implements Callable<Integer> {

    /** Success. */
    public static final int EXIT_OK = 0;
    /** A check ran and did not pass (e.g. a replay outside its tolerance). */
    public static final int EXIT_CHECK_FAILED = 1;
    /** Bad input: unknown option or value, missing or malformed file. */
    public static final int EXIT_USAGE = 2;

    @Override
    public Integer call() {
        throw new UsageException("missing command (one of: envs, replay, train, reproduce, report, help); see 'lrpg --help'");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line on the process's stdout and stderr and returns its exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to {@code out} and {@code err} and returns its exit code (0, 1 or 2). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Lrpg())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(PARAMETER_ERRORS)
                .setExecutionExceptionHandler(USAGE_ERRORS);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static final IParameterExceptionHandler PARAMETER_ERRORS = (exception, args) -> {
        CommandLine failed = exception.getCommandLine();
        String name = failed.getCommandSpec().qualifiedName();
        return reportUsageError(failed, exception.getMessage() + " (see '" + name + " --help')");
    };

    private static final IExecutionExceptionHandler USAGE_ERRORS = (exception, commandLine, parseResult) -> {
        if (exception instanceof UsageException) {
            return reportUsageError(commandLine, exception.getMessage());
        }
        throw exception;
    };

    private static int reportUsageError(CommandLine commandLine, String message) {
        String oneLine = message.replace('\n', ' ').replace('\r', ' ').strip();
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": error: " + oneLine);
        return EXIT_USAGE;
    }
}
