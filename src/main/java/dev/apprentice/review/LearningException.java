package dev.apprentice.review;

/**
 * A request to the review queue that cannot be carried out: bad input such as an intent the
 * domain does not declare, an id that is not stored, or a change the item's state does not
 * allow. The REST API maps {@link Reason} to 400, 404 and 409.
 */
public class LearningException extends RuntimeException {

    /** The cause of the failure. */
    public enum Reason {
        INVALID, NOT_FOUND, CONFLICT
    }

    private final Reason reason;

    public LearningException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static LearningException invalid(String message) {
        return new LearningException(Reason.INVALID, message);
    }

    public static LearningException notFound(long id) {
        return new LearningException(Reason.NOT_FOUND, "No queue item with id " + id
                + " is stored.");
    }

    public static LearningException conflict(String message) {
        return new LearningException(Reason.CONFLICT, message);
    }

    public Reason reason() {
        return reason;
    }
}
