package dev.apprentice.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventValidatorTest {

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void accepts_single_event_object() throws Exception {
        List<JsonNode> events = EventValidator.validate(
                json("{\"event\": \"slot\", \"name\": \"cuisine\", \"value\": \"greek\"}"));

        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("name").asText()).isEqualTo("cuisine");
    }

    @Test
    void accepts_every_rasa_documented_example() throws Exception {
        String list = """
                [{"event": "action", "timestamp": null, "name": "action_listen", "policy": null,
                  "confidence": null, "action_text": null, "hide_rule_turn": false},
                 {"event": "user", "timestamp": 1.5, "metadata": {}, "text": "hi",
                  "parse_data": {"intent": {"name": "greet", "confidence": 0.9},
                    "entities": [{"entity": "name", "start": 0, "end": 2, "value": "hi",
                                  "extractor": null}],
                    "intent_ranking": [{"name": "greet", "confidence": 0.9}]},
                  "input_channel": "rest", "message_id": "m1"},
                 {"event": "bot", "text": "Hey", "data": {}},
                 {"event": "entities", "entities": [{"entity": "city", "value": "London"}]},
                 {"event": "reminder", "intent": "EXTERNAL_x", "date_time": "2024-01-01"},
                 {"event": "form", "name": "restaurant_form"},
                 {"event": "session_started", "metadata": null}]
                """;

        assertThat(EventValidator.validate(json(list))).hasSize(7);
    }

    @Test
    void skips_unknown_event_types() throws Exception {
        List<JsonNode> events = EventValidator.validate(
                json("[{\"event\": \"teleport\"}, {\"event\": \"pause\"}]"));

        assertThat(events).extracting(e -> e.path("event").asText()).containsExactly("pause");
    }

    @Test
    void unknown_type_is_logged_on_one_line() throws Exception {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                lines.add(entry instanceof ExtLogRecord ext ? ext.getFormattedMessage()
                        : entry.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(EventValidator.class.getName());
        logger.addHandler(capture);
        try {
            EventValidator.validate(json("[{\"event\": \"my secret text\\nERROR forged\"}]"));
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).doesNotContain("\n");
        assertThat(lines.get(0)).contains("my secret text\\nERROR forged");
    }

    @Test
    void accepts_null_intent_name_of_unmatched_message() throws Exception {
        String user = "{\"event\": \"user\", \"text\": \"\", \"parse_data\": "
                + "{\"intent\": {\"name\": null, \"confidence\": 0.0}, \"entities\": []}}";

        assertThat(EventValidator.validate(json(user))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[\"slot\"]",
        "[{\"name\": \"x\"}]",
        "[{\"event\": 5}]",
        "[{\"event\": \"pause\", \"timestamp\": \"yesterday\"}]",
        "[{\"event\": \"pause\", \"metadata\": []}]",
        "[{\"event\": \"slot\", \"value\": 1}]",
        "[{\"event\": \"slot\", \"name\": \"a\"}]",
        "[{\"event\": \"slot\", \"name\": 7, \"value\": 1}]",
        "[{\"event\": \"entities\"}]",
        "[{\"event\": \"entities\", \"entities\": {\"city\": \"x\"}}]",
        "[{\"event\": \"entities\", \"entities\": [{\"entity\": \"city\"}]}]",
        "[{\"event\": \"entities\", \"entities\": [{\"entity\": \"c\", \"value\": 1, "
                + "\"start\": 1.5}]}]",
        "[{\"event\": \"user\", \"parse_data\": \"greet\"}]",
        "[{\"event\": \"user\", \"text\": 42}]",
        "[{\"event\": \"user\", \"parse_data\": {\"intent\": \"greet\"}}]",
        "[{\"event\": \"user\", \"parse_data\": {\"intent_ranking\": {}}}]",
        "[{\"event\": \"action\", \"hide_rule_turn\": \"no\"}]",
        "[{\"event\": \"action\", \"confidence\": \"high\"}]"
    })
    void rejects_invalid_event(String body) throws Exception {
        assertThatThrownBy(() -> EventValidator.validate(json(body)))
                .isInstanceOf(EventValidator.InvalidEventException.class)
                .hasMessageStartingWith("Event 0: ");
    }

    @Test
    void error_names_item_and_field() throws Exception {
        String body = "[{\"event\": \"pause\"}, {\"event\": \"slot\", \"name\": \"a\"}]";

        assertThatThrownBy(() -> EventValidator.validate(json(body)))
                .hasMessage("Event 1: the required field 'value' is missing.");
    }
}
