package dev.apprentice.knowledge;

import java.time.Instant;

/**
 * Who taught a piece of knowledge, where and when: the sender, the conversation, the index of
 * the user turn in it (0-based), the mode the conversation was in, and the time.
 */
public record Provenance(
        String sender, String conversationId, int turn, String mode, Instant time) {
}
