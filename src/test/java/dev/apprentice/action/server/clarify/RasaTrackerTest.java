package dev.apprentice.action.server.clarify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.clarify.IntentScores;
import dev.apprentice.clarify.IntentModel;
import dev.apprentice.json.Json;
import dev.apprentice.nlu.ParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class RasaTrackerTest {

    private static ObjectNode user(String text, double ts) {
        ObjectNode event = Json.object().put("event", "user").put("timestamp", ts)
                .put("text", text).put("input_channel", "socketio");
        event.putObject("metadata").put("teacher_token", "t");
        event.putObject("parse_data").put("text", text).putObject("intent").put("name", "x");
        return event;
    }

    private static ActionServerRequest request() {
        ObjectNode body = Json.object().put("next_action", "action_clarify");
        ObjectNode tracker = body.putObject("tracker").put("sender_id", "u1");
        ArrayNode events = tracker.putArray("events");
        events.add(user("hello", 1));
        events.addObject().put("event", "bot").put("timestamp", 2).put("text", "hi");
        events.addObject().put("event", "slot").put("timestamp", 3).put("name", "mode")
                .put("value", "teacher");
        events.addObject().put("event", "apprentice_unknown").put("timestamp", 4);
        events.add(user("the Orbix sync fails", 5));
        tracker.putObject("latest_message").put("text", "the Orbix sync fails");
        ObjectNode domain = body.putObject("domain");
        domain.putArray("intents").add("greet").addObject().putObject("report")
                .putArray("use_entities");
        domain.putObject("slots").putObject("city").put("type", "text")
                .put("initial_value", "Paris");
        return ActionServerRequest.fromJson(body);
    }

    @Test
    void rebuilds_conversation_and_history() {
        RasaTracker rasa = RasaTracker.of(request());

        assertThat(rasa.conversation().events()).hasSize(4);
        assertThat(rasa.history().events()).hasSize(3);
        assertThat(rasa.conversation().slot("mode").asText()).isEqualTo("teacher");
        assertThat(rasa.conversation().slot("city").asText()).isEqualTo("Paris");
        assertThat(rasa.latestText()).isEqualTo("the Orbix sync fails");
        assertThat(rasa.earlierUserTurns()).isEqualTo(1);
    }

    @Test
    void reads_latest_user_event_details() {
        RasaTracker rasa = RasaTracker.of(request());

        assertThat(rasa.inputChannel()).isEqualTo("socketio");
        assertThat(rasa.metadata().path("teacher_token").asText()).isEqualTo("t");
        assertThat(rasa.intentNames()).containsExactly("greet", "report");
    }

    @Test
    void missing_tracker_is_rejected() {
        ActionServerRequest request = ActionServerRequest.fromJson(Json.object()
                .put("next_action", "action_clarify").put("sender_id", "u1"));

        assertThatThrownBy(() -> RasaTracker.of(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the request has no tracker object");
    }

    @Test
    void events_that_are_not_a_list_are_rejected() {
        ObjectNode body = request().toJson();
        ((ObjectNode) body.get("tracker")).put("events", "none");

        assertThatThrownBy(() -> RasaTracker.of(ActionServerRequest.fromJson(body)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tracker.events");
    }

    @Test
    void own_model_scores_known_intents() {
        IntentModel model = model(List.of("greet", "report", "thank"));
        ParseResult parse = new ParseResult("hi", null, List.of(),
                List.of(new ParseResult.IntentScore("greet", 0.6)), List.of());

        IntentScores own = ServedClarification.scores(model, List.of("greet", "restart"),
                parse, "hi");
        IntentScores ranked = ServedClarification.scores(model, List.of("greet", "billing"),
                parse, "hi");

        assertThat(own.labels()).containsExactly("greet", "report", "thank");
        assertThat(ranked.labels()).containsExactly("greet");
        assertThat(ranked.probabilities()).containsExactly(1.0);
    }

    @Test
    void ranking_is_rescaled_to_sum_one() {
        IntentScores scores = IntentScores.fromRanking(List.of(
                new ParseResult.IntentScore("a", 0.3), new ParseResult.IntentScore("b", 0.2)));

        assertThat(scores.probabilities()).containsExactly(0.6, 0.4);
    }

    private static IntentModel model(List<String> labels) {
        return new IntentModel() {
            @Override
            public List<String> labels() {
                return labels;
            }

            @Override
            public double[] probabilities(String text) {
                return new double[labels.size()];
            }

            @Override
            public boolean learn(String text, String intent) {
                return false;
            }
        };
    }
}
