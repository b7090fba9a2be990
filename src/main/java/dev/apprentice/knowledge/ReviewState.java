package dev.apprentice.knowledge;

/**
 * Whether taught knowledge may be used beyond the conversation that taught it. Pending
 * knowledge is used only in its own conversation; rejected knowledge is not used at all.
 */
public enum ReviewState {
    PENDING, APPROVED, REJECTED
}
