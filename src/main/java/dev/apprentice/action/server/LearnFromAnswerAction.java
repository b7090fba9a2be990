package dev.apprentice.action.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;
import java.util.List;

/**
 * {@code action_learn_from_answer}: lets the knowledge memory store what the user's answer to
 * the last clarifying question teaches, and shows its confirmation, if any.
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
        List<ObjectNode> messages = knowledge
                .learnFromAnswer(request).map(ServerMessages::text).stream().toList();
        return ActionServerResponse.of(List.of(), messages);
    }
}
