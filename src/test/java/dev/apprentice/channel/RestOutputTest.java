package dev.apprentice.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.nlg.ResponseRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestOutputTest {

    @Test
    void text_splits_on_blank_lines() {
        JsonNode messages = toMessages(Json.object().put("text", "one\n\ntwo\n\nthree"));

        assertThat(messages).hasSize(3);
        assertThat(messages.get(1).get("text").asText()).isEqualTo("two");
        assertThat(messages.get(0).get("recipient_id").asText()).isEqualTo("u");
    }

    @Test
    void text_with_buttons_stays_whole() {
        ObjectNode content = Json.object().put("text", "pick\n\none");
        content.putArray("buttons").addObject().put("title", "a").put("payload", "/a");

        JsonNode messages = toMessages(content);

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("text").asText()).isEqualTo("pick\n\none");
        assertThat(messages.get(0).get("buttons")).hasSize(1);
    }

    @Test
    void quick_replies_are_sent_as_buttons() {
        ObjectNode content = Json.object().put("text", "quick?");
        content.putArray("quick_replies").addObject().put("title", "yes")
                .put("payload", "/affirm");

        JsonNode messages = toMessages(content);

        assertThat(messages.get(0).get("buttons").get(0).get("payload").asText())
                .isEqualTo("/affirm");
        assertThat(messages.get(0).has("quick_replies")).isFalse();
    }

    @Test
    void image_comes_once_after_the_text() {
        JsonNode messages = toMessages(Json.object().put("text", "look")
                .put("image", "https://example.org/a.png"));

        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).get("image").asText()).isEqualTo("https://example.org/a.png");
        assertThat(messages.get(1).has("attachment")).isFalse();
    }

    @Test
    void custom_with_null_and_numbers_passes_unchanged() {
        ObjectNode content = Json.object();
        ObjectNode custom = content.putObject("custom").put("type", "category");
        custom.putArray("menu").add(Json.object().put("title", "item1").putNull("img"))
                .add(Json.object().put("title", "item2").put("img", 2));

        JsonNode messages = toMessages(content);

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("custom")).isEqualTo(custom);
    }

    @Test
    void elements_become_title_and_subtitle_lines() {
        ObjectNode content = Json.object().put("text", "cards");
        content.putArray("elements").addObject().put("title", "A").put("subtitle", "first");

        JsonNode messages = toMessages(content);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).get("text").asText()).isEqualTo("A : first");
        assertThat(messages.get(1).get("buttons")).isEmpty();
    }

    private static JsonNode toMessages(ObjectNode content) {
        Event bot = ResponseRenderer.toEvent("utter_x", content, Map.of(), 1.0);
        return RestOutput.toMessages("u", List.of(bot));
    }
}
