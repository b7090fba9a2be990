package dev.apprentice.action.server;

import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;

/**
 * {@code action_learn_from_answer}: lets the knowledge memory store what the user's answer to
 * the waiting clarifying question teaches, shows the confirmations, and sets the slot
 * {@value ClarifyOutcome#QUESTION_SLOT} to the follow-up question's id, or clears it.
 */
final class LearnFromAnswerAction implements ServedAction {

    static final String NAME = "action_learn_from_answer";

    private final KnowledgePort knowledge;

    LearnFromAnswerAction(KnowledgePort knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ActionServerResponse run(ActionServerRequest request) {
        return OutcomeResponse.of(knowledge.learnFromAnswer(request), request);
    }
}
