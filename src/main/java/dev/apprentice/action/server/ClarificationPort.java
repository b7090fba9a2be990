package dev.apprentice.action.server;

import dev.apprentice.action.remote.ActionServerRequest;

/**
 * The part of the clarification engine that {@code action_clarify} uses: whether the latest
 * user message of a Rasa conversation is unclear and, if the conversation's mode calls for it, the
 * question to ask about it.
 */
public interface ClarificationPort {

    /**
     * Returns the question about the latest user message in {@code request}'s tracker, or the
     * assumptions an assistant states, or nothing when nothing needs clarifying. A question
     * asked here replaces any question still waiting in the conversation.
     *
     * @throws IllegalArgumentException when the request has no tracker
     */
    ClarifyOutcome clarify(ActionServerRequest request);
}
