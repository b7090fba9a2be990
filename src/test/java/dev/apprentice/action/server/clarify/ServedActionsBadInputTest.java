package dev.apprentice.action.server.clarify;

import static dev.apprentice.action.server.clarify.RasaConversation.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.server.ActionHttpServer;
import dev.apprentice.json.Json;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies Rasa would not send, or could send by mistake. Each gets rasa-sdk's status and a body
 * that names the problem, and none of them loses the question a conversation waits on.
 */
@QuarkusTest
class ServedActionsBadInputTest {

    @Inject
    ActionHttpServer server;

    private RasaConversation askedConversation() {
        RasaConversation chat = new RasaConversation(server.port(), "bad-input");
        chat.user("/mode teacher", "set_mode").run("action_set_mode");
        chat.user("the Korblin sync is failing for everyone", "report_outage")
                .run("action_clarify");
        return chat;
    }

    @Test
    void malformed_json_gives_400() {
        HttpResponse<String> response = new RasaConversation(server.port(), "malformed")
                .post("{\"next_action\": \"action_clarify\", \"tracker\": {");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RasaConversation.read(response.body()))
                .isEqualTo(Json.object().put("error", "Invalid body request"));
    }

    @Test
    void unknown_action_gives_sdk_404() {
        RasaConversation chat = new RasaConversation(server.port(), "unknown");

        HttpResponse<String> response = chat.post(chat.request("action_nope").toString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(RasaConversation.read(response.body())).isEqualTo(Json.object()
                .put("error", "No registered action found for name 'action_nope'.")
                .put("action_name", "action_nope"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"action_clarify", "action_learn_from_answer"})
    void missing_tracker_gives_500_naming_it(String action) {
        RasaConversation chat = askedConversation();
        ObjectNode body = chat.request(action);
        body.remove("tracker");

        HttpResponse<String> response = chat.post(body.toString());

        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode reply = RasaConversation.read(response.body());
        assertThat(reply.path("error").asText()).isEqualTo("the request has no tracker object");
        assertThat(reply.path("request_body")).isEqualTo(body);
    }

    @Test
    void invalid_event_gives_500_naming_it() {
        RasaConversation chat = askedConversation();
        ObjectNode body = chat.request("action_learn_from_answer");
        body.withArray("/tracker/events").addObject().put("event", "slot");

        HttpResponse<String> response = chat.post(body.toString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(RasaConversation.read(response.body()).path("error").asText())
                .contains("name");
    }

    @Test
    void bad_requests_keep_the_waiting_question() {
        RasaConversation chat = askedConversation();
        chat.user("Korblin is our stock sync with the warehouse", "thank");
        ObjectNode noTracker = chat.request("action_learn_from_answer");
        noTracker.remove("tracker");
        ObjectNode badEvent = chat.request("action_learn_from_answer");
        badEvent.withArray("/tracker/events").addObject().put("event", 7);

        int first = chat.post(noTracker.toString()).statusCode();
        int second = chat.post(badEvent.toString()).statusCode();
        int third = chat.post("not json").statusCode();
        JsonNode learned = chat.run("action_learn_from_answer");

        assertThat(first).isEqualTo(500);
        assertThat(second).isEqualTo(500);
        assertThat(third).isEqualTo(400);
        assertThat(texts(learned).get(0)).contains("example");
    }

    @Test
    void answer_without_question_says_so() {
        RasaConversation chat = new RasaConversation(server.port(), "no-question");

        JsonNode reply = chat.user("it is our stock sync", "thank")
                .run("action_learn_from_answer");

        assertThat(texts(reply)).containsExactly(
                "I have no question waiting for an answer, so I did not store anything.");
        assertThat(reply.path("events").get(0).path("value").isNull()).isTrue();
    }

    @Test
    void cleared_slot_drops_stored_question() {
        RasaConversation chat = askedConversation();

        JsonNode reply = chat.clearSlot("apprentice_question")
                .user("Korblin is our stock sync with the warehouse", "thank")
                .run("action_learn_from_answer");

        assertThat(texts(reply)).containsExactly(
                "I have no question waiting for an answer, so I did not store anything.");
    }
}
