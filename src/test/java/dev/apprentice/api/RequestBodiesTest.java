package dev.apprentice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBodiesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reads_object() {
        ObjectNode body = RequestBodies.parseObject(utf8("{\"text\": \"hi\"}"));

        assertThat(body.path("text").asText()).isEqualTo("hi");
    }

    @Test
    void keeps_valid_surrogate_pair() {
        ObjectNode body = RequestBodies.parseObject(utf8("{\"text\": \"smile \\ud83d\\ude00\"}"));

        assertThat(body.path("text").asText()).isEqualTo("smile \uD83D\uDE00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"a\": 1} x", "[1]", "\"hi\"", "42", "null"})
    void rejects_non_object_bodies(String body) {
        assertThatThrownBy(() -> RequestBodies.parseObject(utf8(body)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void rejects_invalid_utf8() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertThatThrownBy(() -> RequestBodies.parse(body))
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void rejects_lone_high_surrogate() {
        assertThatThrownBy(() -> RequestBodies.parse(utf8("{\"text\": \"hi \\ud83d\"}")))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("unpaired UTF-16 surrogate \\ud83d")
                .hasMessageContaining("'/text'");
    }

    @Test
    void rejects_lone_surrogate_in_nested_key() {
        String body = "{\"metadata\": [{\"\\udfff\": 1}]}";

        assertThatThrownBy(() -> RequestBodies.parse(utf8(body)))
                .hasMessageContaining("\\udfff");
    }

    @Test
    void finds_unpaired_surrogates() {
        assertThat(RequestBodies.unpairedSurrogateIndex("ok \uD83D\uDE00")).isEqualTo(-1);
        assertThat(RequestBodies.unpairedSurrogateIndex("\uDFFF alone")).isEqualTo(0);
        assertThat(RequestBodies.unpairedSurrogateIndex("end \uD83D")).isEqualTo(4);
        assertThat(RequestBodies.unpairedSurrogateIndex("\uD83D\uD83D\uDE00")).isEqualTo(0);
    }
}
