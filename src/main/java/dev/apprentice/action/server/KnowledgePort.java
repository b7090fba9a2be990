package dev.apprentice.action.server;

import dev.apprentice.action.remote.ActionServerRequest;
import java.util.Optional;

/**
 * The part of the knowledge memory that {@code action_explain_term} and
 * {@code action_learn_from_answer} use, as seen from one conversation.
 */
public interface KnowledgePort {

    /**
     * Returns what {@code term} means as known to conversation {@code conversationId}, or empty
     * when the memory does not contain the term.
     */
    Optional<String> explain(String term, String conversationId);

    /**
     * Stores what the latest user message of {@code request} teaches in answer to the bot's
     * last clarifying question, and returns the confirmation to show the user, or empty when
     * the message taught nothing.
     */
    Optional<String> learnFromAnswer(ActionServerRequest request);
}
