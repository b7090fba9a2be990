package dev.apprentice.nlg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.domain.ResponseVariation;
import dev.apprentice.domain.SessionConfig;
import dev.apprentice.domain.SlotCondition;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponseRendererTest {

    @Test
    void conditional_variation_for_the_channel_wins() {
        ResponseRenderer renderer = renderer(List.of(
                variation("plain", null, List.of()),
                variation("web plain", "socketio", List.of()),
                variation("logged in", null, List.of(condition(BooleanNode.TRUE))),
                variation("web logged in", "socketio", List.of(condition(BooleanNode.TRUE)))));

        assertThat(text(renderer, BooleanNode.TRUE, "socketio")).isEqualTo("web logged in");
        assertThat(text(renderer, BooleanNode.FALSE, "socketio")).isEqualTo("web plain");
        assertThat(text(renderer, BooleanNode.TRUE, "collector")).isEqualTo("logged in");
        assertThat(text(renderer, BooleanNode.FALSE, "collector")).isEqualTo("plain");
    }

    @Test
    void text_condition_compares_case_insensitively() {
        ResponseRenderer renderer = renderer(List.of(
                variation("default", null, List.of()),
                variation("greek!", null, List.of(new SlotCondition("logged_in",
                        TextNode.valueOf("Greek"))))));

        assertThat(text(renderer, TextNode.valueOf("greek"), "collector")).isEqualTo("greek!");
    }

    @Test
    void null_condition_matches_an_unset_slot() {
        ResponseRenderer renderer = renderer(List.of(
                variation("set", null, List.of()),
                variation("unset", null, List.of(condition(NullNode.getInstance())))));

        assertThat(text(renderer, NullNode.getInstance(), "collector")).isEqualTo("unset");
    }

    @Test
    void no_fitting_variation_renders_nothing() {
        ResponseRenderer renderer = renderer(List.of(
                variation("only web", "socketio", List.of(condition(BooleanNode.TRUE)))));

        Optional<Event> event = renderer.render("utter_x",
                Map.of("logged_in", BooleanNode.FALSE), "collector", Map.of(), 1.0);

        assertThat(event).isEmpty();
    }

    @Test
    void bot_event_keeps_extra_keys_as_metadata() {
        ResponseRenderer renderer = renderer(List.of(new ResponseVariation(
                Json.object().put("text", "hi").put("id", "greet_v1")
                        .put("image", "https://example.org/a.png"), null, List.of())));

        Event event = renderer.render("utter_x", Map.of(), "collector", Map.of(), 1.0)
                .orElseThrow();

        assertThat(event.text()).isEqualTo("hi");
        assertThat(event.metadata().get("id").asText()).isEqualTo("greet_v1");
        assertThat(event.metadata().get("utter_action").asText()).isEqualTo("utter_x");
        assertThat(event.get("data").get("attachment").asText())
                .isEqualTo("https://example.org/a.png");
    }

    private static String text(ResponseRenderer renderer, JsonNode loggedIn, String channel) {
        return renderer.render("utter_x", Map.of("logged_in", loggedIn), channel, Map.of(), 1.0)
                .orElseThrow().text();
    }

    private static SlotCondition condition(JsonNode value) {
        return new SlotCondition("logged_in", value);
    }

    private static ResponseVariation variation(String text, String channel,
            List<SlotCondition> conditions) {
        return new ResponseVariation(Json.object().put("text", text), channel, conditions);
    }

    private static ResponseRenderer renderer(List<ResponseVariation> variations) {
        Domain domain = new Domain(List.of(), List.of(), Map.of(),
                Map.of("utter_x", variations), List.of(), Set.of(), Map.of(),
                SessionConfig.DEFAULT, true, Json.object());
        return new ResponseRenderer(domain, new Random(1));
    }
}
