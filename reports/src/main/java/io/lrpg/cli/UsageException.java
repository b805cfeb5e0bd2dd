package io.lrpg.cli;

/**
 * Bad input detected by a command (a missing or malformed file, an inconsistent option). {@link Lrpg}
 * prints its message as one line, {@code lrpg <command>: error: <message>}, without a stack trace, and
 * exits with {@link Lrpg#EXIT_USAGE}.
 */
public final class UsageException extends RuntimeException {

    /** @param message one line naming what is wrong (and where: file and line for file problems) */
    public UsageException(String message) {
        super(message);
    }

    /** @param message one line naming what is wrong; {@code cause} is kept for debugging, never printed */
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
