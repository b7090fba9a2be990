package dev.apprentice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class WebhookLoadTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void body_is_a_rest_channel_request() throws Exception {
        JsonNode body = mapper.readTree(WebhookLoad.body("bench-1-s0-r0", "hi"));

        assertThat(body.get("sender").asText()).isEqualTo("bench-1-s0-r0");
        assertThat(body.get("message").asText()).isEqualTo("hi");
        assertThat(body.get("metadata").isObject()).isTrue();
    }

    @Test
    void json_string_escapes_quotes_and_control_characters() throws Exception {
        String text = "say \"hi\"\\\n\t\u0001";

        String literal = WebhookLoad.jsonString(text);

        assertThat(mapper.readTree(literal).asText()).isEqualTo(text);
    }
}
