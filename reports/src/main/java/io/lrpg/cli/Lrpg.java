package io.lrpg.cli;

import io.lrpg.experiment.ExperimentInputException;
import io.lrpg.results.ResultsFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;

/**
 * The {@code lrpg} command line: entry point and list of subcommands.
 *
 * <p>Exit codes, the same for every command (each command's {@code --help} lists them):
 * {@link #EXIT_OK} success; {@link #EXIT_CHECK_FAILED} a check ran and failed; {@link #EXIT_USAGE} bad input,
 * reported as one line on stderr, {@code lrpg <command>: error: <message>}, with nothing written; and
 * {@link #EXIT_INTERNAL} an internal error (a bug or an I/O failure), reported as one line that names a log file
 * holding the stack trace. Bad input is picocli's parameter errors, a {@link UsageException} a command throws, and
 * the typed input errors of the lower layers ({@link ExperimentInputException}, {@link ResultsFormatException}).
 */
@Command(name = "lrpg", mixinStandardHelpOptions = true, version = "lrpg 0.1.0-SNAPSHOT",
        description = "Low-rank matrix policy gradient: environments, training and the paper reproduction.",
        subcommands = {EnvsCommand.class, ReplayCommand.class, SettingsCommand.class, TrainCommand.class,
            ReproduceCommand.class, SweepCommand.class, StatusCommand.class, ReportCommand.class, RankCommand.class,
            ParamsCommand.class,
            CommandLine.HelpCommand.class})
public final class Lrpg implements Callable<Integer> {

    /** Success. */
    public static final int EXIT_OK = 0;
    /** A check ran and did not pass (e.g. a replay outside its tolerance, a claim not reproduced). */
    public static final int EXIT_CHECK_FAILED = 1;
    /** Bad input: unknown option or value, missing, malformed or conflicting file. */
    public static final int EXIT_USAGE = 2;
    /** An internal error: a bug or an I/O failure (sysexits' EX_SOFTWARE). */
    public static final int EXIT_INTERNAL = 70;

    /** The exit-code section every command's help shows. */
    static final Map<String, String> EXIT_CODES = exitCodes();

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(EXIT_OK), "success");
        codes.put(Integer.toString(EXIT_CHECK_FAILED), "a check ran and failed (replay, report --check)");
        codes.put(Integer.toString(EXIT_USAGE), "bad input: one line on stderr, nothing written");
        codes.put(Integer.toString(EXIT_INTERNAL), "internal error: one line naming the log file with the stack trace");
        return codes;
    }

    @Override
    public Integer call() {
        throw new UsageException("missing command (one of: envs, replay, settings, train, reproduce, sweep, status, report, rank, "
                + "params, help); see 'lrpg --help'");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line on the process's stdout and stderr and returns its exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to {@code out} and {@code err} and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Lrpg())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(PARAMETER_ERRORS)
                .setExecutionExceptionHandler(EXECUTION_ERRORS);
        addExitCodes(commandLine);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static void addExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            addExitCodes(sub);
        }
    }

    private static final IParameterExceptionHandler PARAMETER_ERRORS = (exception, args) -> {
        CommandLine failed = exception.getCommandLine();
        String name = failed.getCommandSpec().qualifiedName();
        return reportUsageError(failed, exception.getMessage() + " (see '" + name + " --help')");
    };

    private static final IExecutionExceptionHandler EXECUTION_ERRORS = (exception, commandLine, parseResult) -> {
        if (exception instanceof UsageException || exception instanceof ExperimentInputException
                || exception instanceof ResultsFormatException) {
            return reportUsageError(commandLine, exception.getMessage());
        }
        return reportInternalError(commandLine, exception);
    };

    private static int reportUsageError(CommandLine commandLine, String message) {
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": error: " + oneLine(message));
        return EXIT_USAGE;
    }

    /** Writes the stack trace to a log file in the temporary folder and prints one line naming it. */
    static int reportInternalError(CommandLine commandLine, Throwable exception) {
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        String name = commandLine.getCommandSpec().qualifiedName();
        String where;
        try {
            Path log = Files.createTempFile("lrpg-error-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                    .withZone(ZoneOffset.UTC).format(Instant.now()) + "-", ".log");
            Files.writeString(log, name + " failed at " + Instant.now() + "\n" + trace, StandardCharsets.UTF_8);
            where = "stack trace in " + log;
        } catch (IOException | RuntimeException e) {
            where = "the stack trace could not be written: " + e.getMessage();
        }
        commandLine.getErr().println(name + ": internal error: " + oneLine(String.valueOf(exception.getMessage()))
                + " (" + where + ")");
        return EXIT_INTERNAL;
    }

    private static String oneLine(String message) {
        return message.replace('\n', ' ').replace('\r', ' ').strip();
    }
}
