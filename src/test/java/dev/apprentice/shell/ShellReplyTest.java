package dev.apprentice.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.json.Json;
import org.junit.jupiter.api.Test;

class ShellReplyTest {

    private static ShellReply reply(String json) throws Exception {
        return ShellReply.of(Json.MAPPER.readTree(json));
    }

    @Test
    void buttons_are_numbered_choices() throws Exception {
        ShellReply reply = reply("[{\"recipient_id\":\"s\",\"text\":\"How are you?\","
                + "\"buttons\":[{\"title\":\"great\",\"payload\":\"/mood_great\"},"
                + "{\"title\":\"sad\",\"payload\":\"/mood_unhappy\"}]}]");

        assertThat(reply.lines()).containsExactly("How are you?",
                "  1: great (/mood_great)", "  2: sad (/mood_unhappy)");
        assertThat(reply.resolve("2")).isEqualTo("/mood_unhappy");
        assertThat(reply.resolve(" 1 ")).isEqualTo("/mood_great");
    }

    @Test
    void other_input_is_sent_as_typed() throws Exception {
        ShellReply reply = reply("[{\"text\":\"Pick\",\"buttons\":[{\"title\":\"a\","
                + "\"payload\":\"/a\"}]}]");

        assertThat(reply.resolve("3")).isEqualTo("3");
        assertThat(reply.resolve("0")).isEqualTo("0");
        assertThat(reply.resolve("hello")).isEqualTo("hello");
    }

    @Test
    void images_and_custom_payloads_are_shown() throws Exception {
        ShellReply reply = reply("[{\"image\":\"https://example.org/a.png\"},"
                + "{\"custom\":{\"kind\":\"chart\"}}]");

        assertThat(reply.lines()).containsExactly("Image: https://example.org/a.png",
                "Custom: {\"kind\":\"chart\"}");
        assertThat(reply.choices()).isEmpty();
    }
}
