package io.lrpg.envs.reference;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A reference trajectory file that cannot be used: missing or unreadable, unknown file-name prefix,
 * missing or unknown column, unparsable number, wrong number of fields. The message names the file and,
 * where there is one, the 1-based line: {@code custom_pendulum_01.csv:17: unparsable number 'x' in column reward}.
 */
public final class ReferenceFormatException extends IllegalArgumentException {

    private final String source;
    private final OptionalInt line;
    private final String detail;

    /** A problem with the file as a whole (no line). */
    public ReferenceFormatException(String source, String detail) {
        this(source, OptionalInt.empty(), detail, null);
    }

    /** A problem on a 1-based line. */
    public ReferenceFormatException(String source, int line, String detail) {
        this(source, OptionalInt.of(line), detail, null);
    }

    ReferenceFormatException(String source, OptionalInt line, String detail, Throwable cause) {
        super(source + (line.isPresent() ? ":" + line.getAsInt() : "") + ": " + detail, cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** The file (as named by the caller). */
    public String source() {
        return source;
    }

    /** The 1-based line, if the problem is on one line. */
    public OptionalInt line() {
        return line;
    }

    /** The problem, without file and line. */
    public String detail() {
        return detail;
    }
}
