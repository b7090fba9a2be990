package dev.apprentice.action.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;
import dev.apprentice.json.Json;
import java.util.List;
import java.util.Optional;

/**
 * {@code action_explain_term}: explains the term named by the latest message's {@code term}
 * entity, else by the slot {@code term}, from the knowledge memory of the conversation.
 */
final class ExplainTermAction implements ServedAction {

    static final String NAME = "action_explain_term";

    private final KnowledgePort knowledge;

    ExplainTermAction(KnowledgePort knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ActionServerResponse run(ActionServerRequest request) {
        String term = term(request);
        if (term == null) {
            return reply("Which term should I explain?");
        }
        Optional<String> meaning = knowledge.explain(term, request.senderId());
        return reply(meaning.map(m -> term + ": " + m)
                .orElse("I don't know what \"" + term + "\" means yet. Can you tell me?"));
    }

    private static ActionServerResponse reply(String text) {
        return ActionServerResponse.of(List.of(), List.of(ServerMessages.text(text)));
    }

    private static String term(ActionServerRequest request) {
        for (JsonNode entity : request.latestMessage().path("entities")) {
            if ("term".equals(Json.text(entity, "entity")) && entity.path("value").isTextual()) {
                return entity.path("value").textValue();
            }
        }
        JsonNode slot = request.slot("term");
        return slot.isTextual() && !slot.textValue().isBlank() ? slot.textValue() : null;
    }
}
