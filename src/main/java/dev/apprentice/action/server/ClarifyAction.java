package dev.apprentice.action.server;

import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code action_clarify}: asks the clarification engine's question about the latest user
 * message, with its options as buttons. When nothing is unclear it returns nothing, so the
 * bot's next action follows.
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
        Optional<ClarificationPort.Question> question = clarification.question(request);
        if (question.isEmpty()) {
            return ActionServerResponse.of(List.of(), List.of());
        }
        Map<String, String> buttons = new LinkedHashMap<>();
        question.get().options().forEach(o -> buttons.put(o.title(), o.payload()));
        return ActionServerResponse.of(List.of(),
                List.of(ServerMessages.message(question.get().text(), buttons)));
    }
}
