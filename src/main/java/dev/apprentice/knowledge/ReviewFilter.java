package dev.apprentice.knowledge;

/**
 * Which stored items a review listing returns: those in {@code state} and taught by
 * {@code sender}; a null field matches everything.
 */
public record ReviewFilter(ReviewState state, String sender) {

    public static final ReviewFilter ALL = new ReviewFilter(null, null);

    public boolean matches(ReviewState itemState, Provenance provenance) {
        boolean stateMatches = state == null || state == itemState;
        boolean senderMatches = sender == null
                || (provenance != null && sender.equals(provenance.sender()));
        return stateMatches && senderMatches;
    }
}
