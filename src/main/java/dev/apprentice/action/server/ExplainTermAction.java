package dev.apprentice.action.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;
import dev.apprentice.clarify.ClarificationSteps;
import dev.apprentice.json.Json;
import java.util.List;
import java.util.Optional;

/**
 * {@code action_explain_term}: explains a term from the knowledge memory of the conversation.
 * The term is the latest message's {@code term} entity, else the slot {@code term}, else the X
 * of a "what is X?" or "what does X mean?" message, else the whole message when it has at most
 * {@value #MAX_TERM_WORDS} words (a reply such as "ZTNA?").
 */
final class ExplainTermAction implements ServedAction {

    static final String NAME = "action_explain_term";
    static final int MAX_TERM_WORDS = 4;

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
        Optional<String> term = term(request);
        if (term.isEmpty()) {
            return reply(List.of("Which term should I explain?"));
        }
        List<String> meanings = knowledge.explain(term.get(), request.senderId());
        if (meanings.isEmpty()) {
            return reply(List.of("I haven't been taught what \"" + term.get()
                    + "\" means yet."));
        }
        return reply(meanings);
    }

    private static ActionServerResponse reply(List<String> texts) {
        return ActionServerResponse.of(List.of(),
                texts.stream().map(ServerMessages::text).toList());
    }

    static Optional<String> term(ActionServerRequest request) {
        JsonNode message = request.latestMessage();
        for (JsonNode entity : message.path("entities")) {
            if ("term".equals(Json.text(entity, "entity")) && entity.path("value").isTextual()) {
                return Optional.of(entity.path("value").textValue());
            }
        }
        JsonNode slot = request.slot("term");
        if (slot.isTextual() && !slot.textValue().isBlank()) {
            return Optional.of(slot.textValue());
        }
        String text = Optional.ofNullable(Json.text(message, "text")).orElse("").strip();
        Optional<String> asked = ClarificationSteps.askedTerm(text);
        if (asked.isPresent()) {
            return asked;
        }
        String bare = text.replaceAll("[?!.]+$", "").strip();
        boolean termOnly = !bare.isEmpty() && !bare.startsWith("/")
                && bare.split("\\s+").length <= MAX_TERM_WORDS;
        return termOnly ? Optional.of(bare) : Optional.empty();
    }
}
