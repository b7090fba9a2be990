package dev.apprentice.llm;

/**
 * Raised by a job's reply parser when the model's reply cannot be used. The message names the
 * field or rule that failed and never contains the reply's text, so it is safe to log.
 */
public final class InvalidReplyException extends Exception {

    private final Failure failure;

    public InvalidReplyException(Failure failure, String message) {
        super(message, null, false, false);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
