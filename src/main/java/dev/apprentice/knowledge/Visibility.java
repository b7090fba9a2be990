package dev.apprentice.knowledge;

/**
 * Which stored items a conversation may use: approved ones everywhere, pending ones only in the
 * conversation that taught them, rejected ones nowhere.
 */
public final class Visibility {

    private Visibility() {
    }

    public static boolean visible(ReviewState state, String taughtIn, String conversationId) {
        return switch (state) {
            case APPROVED -> true;
            case PENDING -> taughtIn != null && taughtIn.equals(conversationId);
            case REJECTED -> false;
        };
    }

    /**
     * Returns whether a term is visible. A pending term taught elsewhere is also visible where
     * one of its aliases or senses was taught, so that the conversation that taught it sees it.
     */
    public static boolean termVisible(ReviewState state, String taughtIn, String conversationId,
            boolean hasOwnPendingPart) {
        if (state == ReviewState.REJECTED) {
            return false;
        }
        return visible(state, taughtIn, conversationId) || hasOwnPendingPart;
    }
}
