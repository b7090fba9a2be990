package dev.apprentice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.agent.Agent;
import dev.apprentice.agent.AgentNotReadyException;
import dev.apprentice.config.ApprenticeConfig;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.processor.UnknownActionException;
import dev.apprentice.processor.UserMessage;
import dev.apprentice.testsupport.TestBots;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The resources called as plain objects over {@link TestBots}, without an HTTP server. */
class ResourcesTest {

    private final MessageProcessor processor = TestBots.processor();
    private final Agent agent = new Agent();
    private final ApprenticeConfig config = new TestConfig();
    private final TrackerResource trackers = new TrackerResource(agent, config);
    private final ConversationResource conversations = new ConversationResource(agent, config);
    private final ModelResource model = new ModelResource(agent, config);

    ResourcesTest() {
        agent.install(processor, "model-1", "bot.tar.gz");
    }

    private static byte[] body(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> eventNames(JsonNode tracker) {
        List<String> names = new ArrayList<>();
        tracker.path("events").forEach(e -> names.add(e.path("event").asText()
                + (e.has("name") ? ":" + e.path("name").asText() : "")));
        return names;
    }

    private static Consumer<ApiException> status(int expected) {
        return e -> assertThat(e.status()).isEqualTo(expected);
    }

    @Test
    void new_tracker_shows_session_start_and_initial_slot() {
        ObjectNode tracker = trackers.tracker("fresh-1", null, null);

        assertThat(eventNames(tracker)).containsExactly("action:action_session_start",
                "session_started", "action:action_listen");
        assertThat(tracker.path("slots").path("location").asText()).isEqualTo("CityA");
        assertThat(processor.exists("fresh-1")).isFalse();
    }

    @Test
    void tracker_until_rebuilds_state_from_earlier_events() {
        trackers.appendEvents("c1", null, null, null, body(
                "[{\"event\": \"action\", \"name\": \"action_session_start\", \"timestamp\": 10},"
                + "{\"event\": \"session_started\", \"timestamp\": 11},"
                + "{\"event\": \"slot\", \"name\": \"location\", \"value\": \"Rome\", "
                + "\"timestamp\": 20}]"));

        ObjectNode before = trackers.tracker("c1", "ALL", "15");
        ObjectNode after = trackers.tracker("c1", "ALL", null);

        assertThat(before.path("events")).hasSize(2);
        assertThat(before.path("slots").path("location").asText()).isEqualTo("CityA");
        assertThat(after.path("slots").path("location").asText()).isEqualTo("Rome");
    }

    @Test
    void include_events_all_keeps_every_session() {
        processor.handleMessage(UserMessage.rest("conv-b", "/greet", null));
        trackers.appendEvents("conv-b", null, null, null, body(
                "[{\"event\": \"action\", \"name\": \"action_session_start\"},"
                + "{\"event\": \"session_started\"},"
                + "{\"event\": \"action\", \"name\": \"action_listen\"}]"));
        processor.handleMessage(UserMessage.rest("conv-b", "/inform", null));

        ObjectNode all = trackers.tracker("conv-b", "all", null);
        ObjectNode none = trackers.tracker("conv-b", "NONE", null);

        assertThat(eventNames(all).stream().filter(e -> e.equals("user")).count()).isEqualTo(2);
        assertThat(eventNames(all).stream().filter(e -> e.equals("session_started")).count())
                .isEqualTo(2);
        assertThat(none.path("events").isNull()).isTrue();
        assertThat(none.path("slots").path("location").asText()).isEqualTo("CityA");
    }

    @Test
    void append_rejects_body_without_known_event() {
        assertThatThrownBy(() -> trackers.appendEvents("c2", null, null, null,
                body("[{\"event\": \"teleport\"}]")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.details().path("in").asText()).isEqualTo("body");
                });
        assertThatThrownBy(() -> trackers.appendEvents("c2", null, null, null, body("5")))
                .isInstanceOfSatisfying(ApiException.class, status(400));
    }

    @Test
    void put_replaces_events() {
        processor.handleMessage(UserMessage.rest("c3", "/greet", null));

        ObjectNode tracker = trackers.replaceEvents("c3", "ALL",
                body("[{\"event\": \"slot\", \"name\": \"location\", \"value\": \"Oslo\"}]"));

        assertThat(eventNames(tracker)).containsExactly("slot:location");
        assertThat(trackers.tracker("c3", "ALL", null).path("events")).hasSize(1);
    }

    @Test
    void story_of_unknown_conversation_is_not_found() {
        assertThatThrownBy(() -> trackers.story("nobody", null, null))
                .isInstanceOfSatisfying(ApiException.class, status(404));
    }

    @Test
    void story_lists_user_turns() throws Exception {
        processor.handleMessage(UserMessage.rest("c4", "/greet", null));

        String story = trackers.story("c4", null, "true");

        JsonNode stories = TestStoryWriter.YAML.readTree(story).path("stories");
        assertThat(stories.get(0).path("story").asText()).isEqualTo("c4, story 1");
        assertThat(stories.get(0).path("steps").get(0).path("intent").asText())
                .isEqualTo("greet");
    }

    @Test
    void trigger_intent_logs_external_message() {
        ObjectNode response = conversations.triggerIntent("c5", "ALL", null,
                body("{\"name\": \"greet\", \"entities\": {\"name\": \"Ada\"}}"));

        JsonNode latest = response.path("tracker").path("latest_message");
        assertThat(latest.path("text").asText()).isEqualTo("EXTERNAL: greet");
        assertThat(latest.path("entities").get(0).path("value").asText()).isEqualTo("Ada");
        assertThat(response.path("messages").isArray()).isTrue();
    }

    @Test
    void trigger_intent_rejects_bad_input() {
        assertThatThrownBy(() -> conversations.triggerIntent("c6", null, null,
                body("{\"name\": \"EXTERNAL_notify\"}")))
                .isInstanceOfSatisfying(ApiException.class, status(404))
                .hasMessageContaining("EXTERNAL_notify");
        assertThatThrownBy(() -> conversations.triggerIntent("c6", null, null,
                body("{\"name\": \"greet\", \"entities\": [{\"subscription\": {}}]}")))
                .isInstanceOfSatisfying(ApiException.class, status(400))
                .hasMessageContaining("entities[0]");
        assertThatThrownBy(() -> conversations.triggerIntent("c6", null, null,
                body("{\"name\": \"greet\", \"entities\": \"abc\"}")))
                .isInstanceOfSatisfying(ApiException.class, status(400))
                .hasMessageContaining("'entities'");
        assertThatThrownBy(() -> conversations.triggerIntent("c6", null, null,
                body("{\"entities\": null}")))
                .isInstanceOfSatisfying(ApiException.class, status(400));
    }

    @Test
    void trigger_intent_accepts_null_entities() {
        ObjectNode response = conversations.triggerIntent("c7", null, null,
                body("{\"name\": \"greet\", \"entities\": null}"));

        assertThat(response.path("tracker").path("latest_message").path("entities")).isEmpty();
    }

    @Test
    void execute_runs_named_action() {
        processor.handleMessage(UserMessage.rest("c8", "/greet", null));

        ObjectNode response = conversations.execute("c8", null, null,
                body("{\"name\": \"utter_greet\"}"));

        assertThat(response.path("messages").get(0).path("text").asText())
                .isEqualTo("Hello, CityA!");
        assertThat(response.path("messages").get(0).path("recipient_id").asText())
                .isEqualTo("c8");
    }

    @Test
    void execute_keeps_braces_in_button_payloads() {
        trackers.appendEvents("c4", null, null, null,
                body("{\"event\": \"slot\", \"name\": \"name\", \"value\": \"Sam\"}"));

        ObjectNode response = conversations.execute("c4", null, null,
                body("{\"name\": \"utter_ask_device\"}"));

        JsonNode message = response.path("messages").get(0);
        assertThat(message.path("text").asText()).isEqualTo("Pick one, Sam");
        assertThat(message.path("buttons").get(0).path("payload").asText())
                .isEqualTo(TestBots.PC_PAYLOAD);
        assertThat(message.path("buttons").get(1).path("payload").asText())
                .isEqualTo(TestBots.MAC_PAYLOAD);
    }

    @Test
    void initial_slot_value_returns_after_restart() {
        processor.handleMessage(UserMessage.rest("fresh-2", "/greet", null));
        trackers.appendEvents("fresh-2", null, null, null,
                body("{\"event\": \"slot\", \"name\": \"location\", "
                        + "\"value\": \"Rome\"}"));
        assertThat(trackers.tracker("fresh-2", null, null).path("slots").path("location")
                .asText()).isEqualTo("Rome");

        processor.handleMessage(UserMessage.rest("fresh-2", "/restart", null));

        ObjectNode tracker = trackers.tracker("fresh-2", "ALL", null);
        assertThat(tracker.path("slots").path("location").asText()).isEqualTo("CityA");
        assertThat(eventNames(tracker)).containsSubsequence("restart",
                "action:action_session_start", "session_started", "action:action_listen");
    }

    @Test
    void execute_rejects_missing_name_unknown_action_and_conversation() {
        processor.handleMessage(UserMessage.rest("c9", "/greet", null));

        assertThatThrownBy(() -> conversations.execute("c9", null, null, body("{}")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(
                        e.details().path("parameter").asText()).isEqualTo("name"));
        assertThatThrownBy(() -> conversations.execute("c9", null, null,
                body("{\"name\": \"utter_nothing\"}")))
                .isInstanceOf(UnknownActionException.class);
        assertThatThrownBy(() -> conversations.execute("nobody", null, null,
                body("{\"name\": \"utter_greet\"}")))
                .isInstanceOfSatisfying(ApiException.class, status(404));
    }

    @Test
    void predict_scores_every_action() {
        processor.handleMessage(UserMessage.rest("c10", "/greet", null));

        ObjectNode response = conversations.predict("c10", null);

        JsonNode scores = response.path("scores");
        assertThat(scores.size()).isEqualTo(processor.bot().domain().actionNames().size());
        assertThat(scores.get(0).path("score").asDouble())
                .isEqualTo(response.path("confidence").asDouble());
        assertThat(scores.get(1).path("score").asDouble()).isZero();
        assertThat(scores.get(1).path("action").asText())
                .isLessThan(scores.get(2).path("action").asText());
    }

    @Test
    void scores_sort_by_score_then_name() {
        var prediction = dev.apprentice.policy.Prediction.of("utter_b", 0.7, "RulePolicy");

        JsonNode scores = ConversationResource.scores(prediction,
                List.of("utter_c", "utter_a", "utter_b"));

        assertThat(scores).extracting(s -> s.path("action").asText())
                .containsExactly("utter_b", "utter_a", "utter_c");
    }

    @Test
    void messages_logs_user_message_without_actions() {
        ObjectNode tracker = conversations.addMessage("c11", "ALL",
                body("{\"text\": \"/greet\", \"sender\": \"user\"}"));

        assertThat(tracker.path("latest_message").path("intent").path("name").asText())
                .isEqualTo("greet");
        assertThat(tracker.path("latest_action_name").asText()).isEqualTo("action_listen");
    }

    @Test
    void messages_rejects_other_senders() {
        assertThatThrownBy(() -> conversations.addMessage("c12", null,
                body("{\"text\": \"hi\", \"sender\": \"bot\"}")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(
                        e.details().path("parameter").asText()).isEqualTo("sender"));
    }

    @Test
    void parse_handles_empty_list_and_missing_text() {
        ObjectNode empty = model.parse(null, body("{\"text\": \"\"}"));
        ObjectNode first = model.parse(null, body("{\"text\": [\"/greet\", \"x\"]}"));

        assertThat(empty.path("intent").path("name").isNull()).isTrue();
        assertThat(empty.path("intent").path("confidence").asDouble()).isZero();
        assertThat(empty.path("entities")).isEmpty();
        assertThat(first.path("intent").path("name").asText()).isEqualTo("greet");
        assertThatThrownBy(() -> model.parse(null, body("{}")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(
                        e.details().path("parameter").asText()).isEqualTo("text"));
        assertThatThrownBy(() -> model.parse("WIT", body("{\"text\": \"hi\"}")))
                .hasMessageContaining("emulation_mode");
    }

    @Test
    void domain_follows_accept_header() {
        Response json = model.domain(null);
        Response yaml = model.domain("application/x-yml");

        assertThat(json.getMediaType().toString()).isEqualTo("application/json");
        assertThat(yaml.getEntity().toString()).contains("intents:");
        assertThatThrownBy(() -> model.domain("*/*"))
                .isInstanceOfSatisfying(ApiException.class, status(406));
    }

    @Test
    void every_endpoint_needs_loaded_agent() {
        Agent empty = new Agent();

        assertThatThrownBy(() -> new ModelResource(empty, config).status())
                .isInstanceOf(AgentNotReadyException.class);
        assertThatThrownBy(() -> new TrackerResource(empty, config).tracker("x", null, null))
                .isInstanceOf(AgentNotReadyException.class);
    }

    /** The defaults of {@link ApprenticeConfig}, with no token. */
    private static final class TestConfig implements ApprenticeConfig {

        @Override
        public String dialogues() {
            return "dialogues";
        }

        @Override
        public Optional<String> authToken() {
            return Optional.empty();
        }

        @Override
        public int maxMessageChars() {
            return 10000;
        }

        @Override
        public int maxSenderChars() {
            return 512;
        }

        @Override
        public Optional<Long> responseSeed() {
            return Optional.empty();
        }
    }
}
