package dev.apprentice.channel.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class SocketIoOutputTest {

    private static List<String> wire(Event... events) {
        return SocketIoOutput.payloads(List.of(events)).stream().map(JsonNode::toString)
                .toList();
    }

    private static Event bot(String text, ObjectNode data) {
        return Events.bot(text, data, Json.object(), 1.0);
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void text_is_split_on_blank_lines() {
        assertThat(wire(bot("  First.\n\nSecond.\nstill second  ", Json.object())))
                .containsExactly("{\"text\":\"First.\"}", "{\"text\":\"Second.\\nstill second\"}");
    }

    @Test
    void buttons_become_quick_replies_on_the_last_fragment() {
        ObjectNode data = parse("{\"buttons\":[{\"title\":\"great\",\"payload\":\"/mood_great\"},"
                + "{\"title\":\"sad\",\"payload\":\"/mood_unhappy\"}]}");

        assertThat(wire(bot("Hey!\n\nHow are you?", data))).containsExactly(
                "{\"text\":\"Hey!\",\"quick_replies\":[]}",
                "{\"text\":\"How are you?\",\"quick_replies\":["
                        + "{\"content_type\":\"text\",\"title\":\"great\","
                        + "\"payload\":\"/mood_great\"},"
                        + "{\"content_type\":\"text\",\"title\":\"sad\","
                        + "\"payload\":\"/mood_unhappy\"}]}");
    }

    @Test
    void quick_replies_take_precedence_over_buttons() {
        ObjectNode data = parse("{\"quick_replies\":[{\"title\":\"a\",\"payload\":\"/a\"}],"
                + "\"buttons\":[{\"title\":\"b\",\"payload\":\"/b\"}]}");

        assertThat(wire(bot("Pick", data))).containsExactly("{\"text\":\"Pick\",\"quick_replies\":"
                + "[{\"content_type\":\"text\",\"title\":\"a\",\"payload\":\"/a\"}]}");
    }

    @Test
    void image_is_sent_as_an_image_attachment() {
        ObjectNode data = parse("{\"image\":\"https://example.org/cat.jpg\"}");

        assertThat(wire(bot("Here:", data))).containsExactly("{\"text\":\"Here:\"}",
                "{\"attachment\":{\"type\":\"image\",\"payload\":"
                        + "{\"src\":\"https://example.org/cat.jpg\"}}}");
    }

    @Test
    void attachment_sent_unless_same_as_image() {
        ObjectNode video = parse(
                "{\"attachment\":{\"type\":\"video\",\"payload\":{\"src\":\"v\"}}}");
        ObjectNode same = parse("{\"image\":\"i.png\",\"attachment\":\"i.png\"}");

        assertThat(wire(bot(null, video))).containsExactly(
                "{\"attachment\":{\"type\":\"video\",\"payload\":{\"src\":\"v\"}}}");
        assertThat(wire(bot(null, same))).hasSize(1);
    }

    @Test
    void each_element_is_its_own_generic_template() {
        ObjectNode data = parse("{\"elements\":[{\"title\":\"A\"},{\"title\":\"B\"}]}");

        assertThat(wire(bot(null, data))).containsExactly(
                "{\"attachment\":{\"type\":\"template\",\"payload\":"
                        + "{\"template_type\":\"generic\",\"elements\":{\"title\":\"A\"}}}}",
                "{\"attachment\":{\"type\":\"template\",\"payload\":"
                        + "{\"template_type\":\"generic\",\"elements\":{\"title\":\"B\"}}}}");
    }

    @Test
    void custom_with_data_sends_the_data_value() {
        ObjectNode data = parse("{\"custom\":{\"data\":{\"kind\":\"chart\",\"points\":[1,2]}}}");

        assertThat(wire(bot(null, data))).containsExactly("{\"kind\":\"chart\",\"points\":[1,2]}");
    }

    @Test
    void custom_without_data_sent_whole() {
        ObjectNode data = parse("{\"custom\":{\"kind\":\"chart\",\"room\":\"someone-else\"}}");

        assertThat(wire(bot(null, data)))
                .containsExactly("{\"kind\":\"chart\",\"room\":\"someone-else\"}");
    }

    @Test
    void payloads_follow_rasas_order() {
        ObjectNode data = parse("{\"custom\":{\"data\":\"c\"},\"image\":\"i\","
                + "\"attachment\":{\"type\":\"file\"},\"elements\":[{\"title\":\"e\"}]}");

        List<String> payloads = wire(bot("t", data));

        assertThat(payloads).hasSize(5);
        assertThat(payloads.get(0)).isEqualTo("{\"text\":\"t\"}");
        assertThat(payloads.get(1)).isEqualTo("\"c\"");
        assertThat(payloads.get(2)).contains("\"image\"");
        assertThat(payloads.get(3)).isEqualTo("{\"attachment\":{\"type\":\"file\"}}");
        assertThat(payloads.get(4)).contains("generic");
    }

    @Test
    void empty_bot_event_sends_nothing() {
        assertThat(wire(bot(null, Json.object()))).isEmpty();
        assertThat(wire(bot("", Json.object()))).isEmpty();
    }
}
