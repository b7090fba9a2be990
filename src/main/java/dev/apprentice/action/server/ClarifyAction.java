package dev.apprentice.action.server;

import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;

/**
 * {@code action_clarify}: asks the clarification engine's question about the latest user
 * message, with its options as buttons, and sets the slot {@value ClarifyOutcome#QUESTION_SLOT}
 * to the question's id. When nothing needs asking it sends no question (an assistant may state
 * an assumption) and clears the slot, so that the bot's next action follows.
 */
final class ClarifyAction implements ServedAction {

    static final String NAME = "action_clarify";

    private final ClarificationPort clarification;

    ClarifyAction(ClarificationPort clarification) {
        this.clarification = clarification;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ActionServerResponse run(ActionServerRequest request) {
        return OutcomeResponse.of(clarification.clarify(request), request);
    }
}
