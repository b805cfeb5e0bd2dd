package io.lrpg.experiment;

/**
 * The experiment cannot start because of its inputs: a results folder that holds a run with the same identity but
 * other settings, an unreadable run file, a results path that is not a folder. The command line reports it as bad
 * input (one line, exit status 2); nothing has been written when it is thrown.
 */
public final class ExperimentInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the file */
    public ExperimentInputException(String message) {
        super(message);
    }

    /** @param message what is wrong, naming the file; @param cause the underlying failure */
    public ExperimentInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
