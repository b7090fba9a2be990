package dev.apprentice.action.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;
import dev.apprentice.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplainTermActionTest {

    private static final KnowledgePort ORBIX_KNOWN = new KnowledgePort() {
        @Override
        public List<String> explain(String term, String conversationId) {
            return term.equalsIgnoreCase("orbix") ? List.of("\"Orbix\": the order export")
                    : List.of();
        }

        @Override
        public ClarifyOutcome learnFromAnswer(ActionServerRequest request) {
            return ClarifyOutcome.nothing();
        }
    };

    private final ExplainTermAction action = new ExplainTermAction(ORBIX_KNOWN);

    private static ActionServerRequest request(String text, Map<String, String> slots) {
        ObjectNode body = Json.object().put("next_action", ExplainTermAction.NAME);
        ObjectNode tracker = body.putObject("tracker").put("sender_id", "u1");
        tracker.putObject("latest_message").put("text", text).putArray("entities");
        ObjectNode slotValues = tracker.putObject("slots");
        slots.forEach(slotValues::put);
        return ActionServerRequest.fromJson(body);
    }

    private static String reply(ActionServerResponse response) {
        assertThat(response.events()).isEmpty();
        return response.responses().get(0).path("text").asText();
    }

    @Test
    void term_from_what_is_question() {
        assertThat(ExplainTermAction.term(request("what does Orbix mean?", Map.of())))
                .contains("Orbix");
    }

    @Test
    void term_from_slot_before_text() {
        assertThat(ExplainTermAction.term(request("what is Zorvex?", Map.of("term", "Orbix"))))
                .contains("Orbix");
    }

    @Test
    void short_message_is_the_term() {
        assertThat(ExplainTermAction.term(request("Orbix?", Map.of()))).contains("Orbix");
    }

    @Test
    void long_message_names_no_term() {
        assertThat(ExplainTermAction.term(request("the export failed again last night",
                Map.of()))).isEmpty();
    }

    @Test
    void known_term_is_explained() {
        assertThat(reply(action.run(request("what is Orbix?", Map.of()))))
                .isEqualTo("\"Orbix\": the order export");
    }

    @Test
    void unknown_term_is_named() {
        assertThat(reply(action.run(request("what is Zorvex?", Map.of()))))
                .isEqualTo("I haven't been taught what \"Zorvex\" means yet.");
    }

    @Test
    void missing_term_is_asked_for() {
        assertThat(reply(action.run(request("the export failed again last night", Map.of()))))
                .isEqualTo("Which term should I explain?");
    }
}
