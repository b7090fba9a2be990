package dev.apprentice.action.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;
import dev.apprentice.json.Json;
import org.junit.jupiter.api.Test;

class SetModeActionTest {

    private final SetModeAction action = new SetModeAction();

    private static ActionServerRequest request(ObjectNode latestMessage) {
        ObjectNode body = Json.object().put("next_action", SetModeAction.NAME);
        ObjectNode tracker = body.putObject("tracker").put("sender_id", "u1");
        tracker.set("latest_message", latestMessage);
        return ActionServerRequest.fromJson(body);
    }

    private static ObjectNode message(String text) {
        ObjectNode message = Json.object().put("text", text);
        message.putArray("entities");
        message.putObject("metadata");
        return message;
    }

    private static String modeSet(ActionServerResponse response) {
        assertThat(response.events()).hasSize(1);
        assertThat(response.responses()).isEmpty();
        assertThat(ServerFixtures.schemaProblems(response.toJson().get("events"))).isEmpty();
        return response.events().get(0).path("value").asText();
    }

    @Test
    void mode_from_entity() {
        ObjectNode message = message("be my partner");
        message.withArray("entities").addObject().put("entity", "mode").put("value", "Partner");

        assertThat(modeSet(action.run(request(message)))).isEqualTo("partner");
    }

    @Test
    void mode_from_command_text() {
        assertThat(modeSet(action.run(request(message("/mode teacher"))))).isEqualTo("teacher");
    }

    @Test
    void mode_from_metadata() {
        ObjectNode message = message("hello");
        message.putObject("metadata").put("mode", "assistant");

        assertThat(modeSet(action.run(request(message))))
                .isEqualTo("assistant");
    }

    @Test
    void unknown_mode_replies_without_event() {
        ActionServerResponse response = action.run(request(message("/mode pirate")));

        assertThat(response.events()).isEmpty();
        assertThat(response.responses()).hasSize(1);
        assertThat(response.responses().get(0).path("text").asText())
                .contains("\"pirate\" is not a mode");
    }

    @Test
    void missing_mode_asks_for_one() {
        ActionServerResponse response = action.run(request(message("hello")));

        assertThat(response.events()).isEmpty();
        assertThat(response.responses().get(0).path("text").asText())
                .contains("teacher, partner or assistant");
    }

    @Test
    void slot_event_has_sdk_shape() {
        ActionServerResponse response = action.run(request(message("/mode partner")));

        assertThat(response.events().get(0)).isEqualTo(Json.object().put("event", "slot")
                .putNull("timestamp").put("name", "mode").put("value", "partner"));
    }
}
