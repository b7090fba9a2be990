package dev.apprentice.nlg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolatorTest {

    private static final Map<String, JsonNode> SLOTS = Map.of(
            "name", TextNode.valueOf("Sam"),
            "value", IntNode.valueOf(42),
            "people", DoubleNode.valueOf(2.0),
            "outside", BooleanNode.TRUE,
            "missing", NullNode.getInstance());

    @Test
    void slot_values_print_as_python_str() {
        assertThat(Interpolator.fill("hi {name}", SLOTS)).isEqualTo("hi Sam");
        assertThat(Interpolator.fill("{people} people", SLOTS)).isEqualTo("2.0 people");
        assertThat(Interpolator.fill("outside: {outside}", SLOTS)).isEqualTo("outside: True");
        assertThat(Interpolator.fill("x={missing}", SLOTS)).isEqualTo("x=None");
    }

    @Test
    void json_button_payload_stays_unchanged() {
        String payload = "/inform{\"device_type\":\"pc\"}";

        assertThat(Interpolator.fill(payload, SLOTS)).isEqualTo(payload);
    }

    @Test
    void double_braces_give_literal_braces_around_a_value() {
        assertThat(Interpolator.fill("{{\"variable\":\"{value}\"}}", SLOTS))
                .isEqualTo("{\"variable\":\"42\"}");
    }

    @Test
    void unknown_placeholder_leaves_the_string_unchanged() {
        assertThat(Interpolator.fill("hello {nobody}, {name}", SLOTS))
                .isEqualTo("hello {nobody}, {name}");
    }

    @Test
    void non_string_values_pass_through_unchanged() {
        JsonNode custom = Json.object().put("title", "menu {name}").putNull("img").put("n", 2);

        JsonNode filled = Interpolator.fill(custom, SLOTS);

        assertThat(filled.get("title").asText()).isEqualTo("menu Sam");
        assertThat(filled.get("img").isNull()).isTrue();
        assertThat(filled.get("n").asInt()).isEqualTo(2);
    }

    @Test
    void lists_print_with_python_quotes() {
        JsonNode list = Json.array().add("a").add(1);

        assertThat(PythonStr.of(list)).isEqualTo("['a', 1]");
        assertThat(PythonStr.of(Json.object().put("k", "v"))).isEqualTo("{'k': 'v'}");
    }
}
