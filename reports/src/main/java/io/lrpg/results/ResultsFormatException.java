package io.lrpg.results;

/** Result files that cannot be used: missing, unreadable, malformed or contradicting each other. */
public final class ResultsFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem with the inputs as a whole, or with one file (the message names it). */
    public ResultsFormatException(String message) {
        super(message);
    }

    /** Same, with the underlying cause. */
    public ResultsFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
