package dev.apprentice.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.testsupport.TestBots;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestStoryWriterTest {

    private final Domain domain = TestBots.domain();
    private double clock = 1000;

    private double tick() {
        return clock += 1;
    }

    private Event action(String name) {
        return Events.action(name, null, null, false, tick());
    }

    private Event user(String text, String intent, JsonNode entities) {
        ObjectNode parse = Json.object().put("text", text);
        parse.putObject("intent").put("name", intent).put("confidence", 1.0);
        parse.set("entities", entities == null ? Json.array() : entities);
        return Events.user(text, parse, "rest", "m", null, tick());
    }

    private List<Event> sessionStart() {
        return List.of(action("action_session_start"), Events.plain("session_started", tick()),
                action("action_listen"));
    }

    private static JsonNode yaml(String text) throws Exception {
        return TestStoryWriter.YAML.readTree(text);
    }

    @Test
    void writes_user_action_slot_and_loop_steps() throws Exception {
        List<Event> events = new ArrayList<>(sessionStart());
        events.add(user("hi", "greet", null));
        events.add(action("utter_greet"));
        events.add(Events.slot("location", TextNode.valueOf("Paris"), tick()));
        events.add(Events.activeLoop("some_form", tick()));
        events.add(action("action_listen"));

        String text = TestStoryWriter.write(TestStoryWriter.stories("c1", events, false), domain);

        assertThat(text).startsWith("version: \"3.1\"\nstories:\n- story: c1\n");
        JsonNode steps = yaml(text).path("stories").get(0).path("steps");
        assertThat(steps).hasSize(4);
        assertThat(steps.get(0).path("intent").asText()).isEqualTo("greet");
        assertThat(steps.get(0).path("user").asText()).isEqualTo("hi");
        assertThat(steps.get(1).path("action").asText()).isEqualTo("utter_greet");
        assertThat(steps.get(2).path("slot_was_set").get(0).path("location").asText())
                .isEqualTo("Paris");
        assertThat(steps.get(3).path("active_loop").asText()).isEqualTo("some_form");
    }

    @Test
    void keeps_turns_before_restart() throws Exception {
        List<Event> events = new ArrayList<>(sessionStart());
        events.add(user("hi", "greet", null));
        events.add(action("utter_greet"));
        events.add(action("action_listen"));
        events.add(user("/restart", "restart", null));
        events.add(action("action_restart"));
        events.add(Events.plain("restart", tick()));
        events.addAll(sessionStart());

        JsonNode steps = yaml(TestStoryWriter.write(
                TestStoryWriter.stories("c1", events, false), domain))
                .path("stories").get(0).path("steps");

        assertThat(steps).extracting(s -> s.fieldNames().next())
                .containsExactly("intent", "action", "intent", "action");
        assertThat(steps.get(3).path("action").asText()).isEqualTo("action_restart");
    }

    @Test
    void names_one_story_per_session() throws Exception {
        List<Event> events = new ArrayList<>(sessionStart());
        events.add(user("hi", "greet", null));
        events.addAll(sessionStart());
        events.add(user("hi again", "greet", null));

        JsonNode stories = yaml(TestStoryWriter.write(
                TestStoryWriter.stories("c1", events, true), domain)).path("stories");

        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).path("story").asText()).isEqualTo("c1, story 1");
        assertThat(stories.get(1).path("story").asText()).isEqualTo("c1, story 2");
        assertThat(stories.get(1).path("steps").get(0).path("user").asText())
                .isEqualTo("hi again");
    }

    @Test
    void rewind_removes_rewound_turn() throws Exception {
        List<Event> events = new ArrayList<>(sessionStart());
        events.add(user("hi", "greet", null));
        events.add(Events.plain("rewind", tick()));

        JsonNode steps = yaml(TestStoryWriter.write(
                TestStoryWriter.stories("c1", events, false), domain))
                .path("stories").get(0).path("steps");

        assertThat(steps).isEmpty();
    }

    @Test
    void splits_sessions_at_session_start_action() {
        List<Event> events = new ArrayList<>(sessionStart());
        events.addAll(sessionStart());
        events.add(Events.plain("session_started", tick()));

        assertThat(TestStoryWriter.splitSessions(events)).extracting(List::size)
                .containsExactly(3, 3, 1);
    }

    @Test
    void annotates_entities_inline() throws Exception {
        JsonNode entities = Json.MAPPER.readTree("""
                [{"entity": "name", "start": 10, "end": 13, "value": "Ada"},
                 {"entity": "city", "start": 17, "end": 20, "value": "Berlin", "role": "to"}]
                """);

        String text = TestStoryWriter.annotate("😀 I am... Ada in Ber", entities);

        assertThat(text).isEqualTo(
                "😀 I am... [Ada](name) in [Ber]{\"entity\": \"city\", \"value\": \"Berlin\", "
                        + "\"role\": \"to\"}");
    }

    @Test
    void leaves_entities_without_span_out() throws Exception {
        JsonNode entities = Json.MAPPER.readTree("""
                [{"entity": "name", "value": "Ada"}, {"entity": "x", "start": 2, "end": 99,
                  "value": 1}]
                """);

        assertThat(TestStoryWriter.annotate("hi", entities)).isEqualTo("hi");
    }
}
