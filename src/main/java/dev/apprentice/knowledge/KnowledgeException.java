package dev.apprentice.knowledge;

/**
 * A request to the knowledge memory that cannot be carried out: bad input, an id that is not
 * stored, or a change that would clash with a stored item.
 */
public class KnowledgeException extends RuntimeException {

    /** Why the request failed; the review API maps each to an HTTP status. */
    public enum Reason {
        INVALID, NOT_FOUND, CONFLICT
    }

    private final Reason reason;

    public KnowledgeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static KnowledgeException invalid(String message) {
        return new KnowledgeException(Reason.INVALID, message);
    }

    public static KnowledgeException notFound(ItemKind kind, long id) {
        return new KnowledgeException(Reason.NOT_FOUND,
                "No " + kind.singular() + " with id " + id + " is stored.");
    }

    public static KnowledgeException conflict(String message) {
        return new KnowledgeException(Reason.CONFLICT, message);
    }

    public Reason reason() {
        return reason;
    }
}
