package dev.apprentice.webchat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.agent.Agent;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.processor.UserMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The /chat page's views of its conversation, with the HTTP API behind a token. */
@QuarkusTest
@TestProfile(ChatSessionResourceTest.ApiTokenProfile.class)
class ChatSessionResourceTest {

    /** Protects the HTTP API with a token, which the /chat routes must not need. */
    public static class ApiTokenProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("apprentice.auth-token", "api-secret");
        }
    }

    @Inject
    Agent agent;

    private List<Event> chat(String sender, String text) {
        return agent.processor().handleMessage(new UserMessage(sender, text, null,
                "socketio", "socketio", null)).botEvents();
    }

    private JsonNode get(String path) throws Exception {
        String body = given().get(path).then().statusCode(200).extract().asString();
        return Json.MAPPER.readTree(body);
    }

    @Test
    void bot_events_need_no_token() throws Exception {
        List<Event> bots = chat("chat-session-bots", "/greet");

        JsonNode events = get("/chat/api/conversations/chat-session-bots/bot-events")
                .path("events");

        given().get("/conversations/chat-session-bots/tracker").then().statusCode(401);
        assertThat(events).hasSize(bots.size());
        assertThat(events.get(0).path("timestamp").asDouble())
                .isEqualTo(bots.get(0).timestamp());
        assertThat(events.get(0).path("text").asText()).isEqualTo(bots.get(0).text());
        assertThat(events.get(0).has("metadata")).isFalse();
    }

    @Test
    void learned_lists_learned_events_only() throws Exception {
        chat("chat-session-learned", "/greet");
        agent.processor().appendEvents("chat-session-learned", List.of(Event.fromJson(
                Json.object().put("event", "apprentice_learned").put("item", "alias")
                        .put("alias", "VPN").put("term", "virtual private network"), 0)));

        JsonNode learned = get("/chat/api/conversations/chat-session-learned/learned")
                .path("learned");

        assertThat(learned).hasSize(1);
        assertThat(learned.get(0).path("alias").asText()).isEqualTo("VPN");
    }

    @Test
    void conversation_of_other_channel_is_empty() throws Exception {
        agent.processor().handleMessage(UserMessage.rest("chat-session-rest", "/greet", null));

        JsonNode events = get("/chat/api/conversations/chat-session-rest/bot-events")
                .path("events");
        JsonNode unknown = get("/chat/api/conversations/chat-session-nobody/learned")
                .path("learned");

        assertThat(events).isEmpty();
        assertThat(unknown).isEmpty();
    }
}
