package dev.apprentice.action.server;

import dev.apprentice.action.remote.ActionServerRequest;
import java.util.List;

/**
 * The part of the knowledge memory that {@code action_explain_term} and
 * {@code action_learn_from_answer} use, as seen from one conversation.
 */
public interface KnowledgePort {

    /**
     * Returns one sentence per meaning of {@code term} known to conversation
     * {@code conversationId}, or an empty list when the memory does not know the term.
     */
    List<String> explain(String term, String conversationId);

    /**
     * Stores what the latest user message of {@code request} teaches in answer to the question
     * waiting in the conversation, and returns the confirmations and any follow-up question.
     *
     * @throws IllegalArgumentException when the request has no tracker
     */
    ClarifyOutcome learnFromAnswer(ActionServerRequest request);
}
