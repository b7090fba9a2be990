package dev.apprentice.action.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.action.server.ActionServerHandler.Reply;
import dev.apprentice.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionServerHandlerTest {

    private final ActionServerHandler handler =
            new ActionServerHandler(ServerFixtures.sdkTestActions());

    static Stream<JsonNode> sdkCases() {
        List<JsonNode> cases = new ArrayList<>();
        ServerFixtures.read("sdk_endpoint_test_cases.json").forEach(cases::add);
        return cases.stream();
    }

    private Reply call(JsonNode testCase) throws IOException {
        String name = testCase.path("name").asText();
        if (name.startsWith("GET /health")) {
            return handler.health();
        }
        if (name.startsWith("GET /actions")) {
            return handler.actions();
        }
        byte[] body = testCase.get("request").toString().getBytes(StandardCharsets.UTF_8);
        if (name.contains("deflate")) {
            return handler.webhook(deflate(body), "deflate");
        }
        return handler.webhook(body, null);
    }

    @ParameterizedTest
    @MethodSource("sdkCases")
    void answers_like_rasa_sdk(JsonNode testCase) throws IOException {
        Reply reply = call(testCase);

        assertThat(reply.status()).isEqualTo(testCase.path("expected_status").asInt());
        if (testCase.has("expected_body")) {
            assertThat(reply.body()).isEqualTo(testCase.get("expected_body"));
        }
        if (testCase.has("expected_events")) {
            assertThat(reply.body().get("events")).isEqualTo(testCase.get("expected_events"));
            assertThat(ServerFixtures.schemaProblems(reply.body().get("events"))).isEmpty();
        }
        JsonNode shape = testCase.get("expected_body_shape");
        if (shape != null && shape.isObject()) {
            assertThat(reply.body()).isEqualTo(shape);
        }
        if (shape != null && shape.isArray()) {
            assertThat(reply.body()).isNotEmpty();
            reply.body().forEach(item -> assertThat(item.path("name").isTextual()).isTrue());
        }
    }

    @Test
    void missing_next_action_gives_null() {
        Reply reply = handler.webhook("{\"tracker\":{\"sender_id\":\"1\"}}".getBytes(), null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1, 2]", "null", "{\"next_action\":"})
    void invalid_body_gives_400(String body) {
        Reply reply = handler.webhook(body.getBytes(StandardCharsets.UTF_8), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).isEqualTo(Json.object().put("error", "Invalid body request"));
    }

    @Test
    void rejection_gives_400_with_action_name() {
        ServedActionRegistry registry = ServedActions.create(null, null).register(
                ServerFixtures.action("picky", request -> {
                    throw new ActionExecutionRejection("picky");
                }));

        Reply reply = new ActionServerHandler(registry)
                .webhook("{\"next_action\":\"picky\",\"tracker\":{\"sender_id\":\"1\"}}"
                        .getBytes(StandardCharsets.UTF_8), null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).isEqualTo(Json.object()
                .put("error", "Custom action 'picky' rejected execution.")
                .put("action_name", "picky"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"action_clarify", "action_learn_from_answer",
        "action_explain_term"})
    void registry_without_ports_marks_action_unavailable(String name) {
        ActionServerHandler unwired = new ActionServerHandler(ServedActions.create(null, null));
        String body = "{\"next_action\":\"" + name + "\",\"tracker\":{\"sender_id\":\"1\"}}";

        Reply reply = unwired.webhook(body.getBytes(StandardCharsets.UTF_8), null);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body().path("error").asText())
                .contains(name, "not available in this build");
        assertThat(reply.body().get("request_body")).isEqualTo(Json.MAPPER.valueToTree(
                Json.object().put("next_action", name)
                        .set("tracker", Json.object().put("sender_id", "1"))));
        assertThat(unwired.actions().body().findValuesAsText("name")).doesNotContain(name);
    }

    @Test
    void actions_lists_clarification_actions() {
        assertThat(handler.actions().body().findValuesAsText("name")).contains(
                "action_clarify", "action_learn_from_answer", "action_explain_term");
    }

    @Test
    void actions_lists_set_mode() {
        assertThat(handler.actions().body().findValuesAsText("name"))
                .contains("action_set_mode", "custom_action");
    }

    @Test
    void invalid_event_of_served_action_gives_500() {
        ServedActionRegistry registry = ServedActions.create(null, null).register(
                ServerFixtures.action("broken", request ->
                        dev.apprentice.action.remote.ActionServerResponse.of(
                                List.of(Json.object().put("event", "slot")), List.of())));

        Reply reply = new ActionServerHandler(registry).webhook(
                "{\"next_action\":\"broken\",\"tracker\":{\"sender_id\":\"1\"}}"
                        .getBytes(StandardCharsets.UTF_8), null);

        assertThat(reply.status()).isEqualTo(500);
    }

    @Test
    void deflated_body_inflating_past_limit_gives_413() throws IOException {
        byte[] inflated = ("{\"next_action\":\"action_set_mode\",\"pad\":\""
                + " ".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] deflated = deflate(inflated);

        Reply reply = new ActionServerHandler(ServerFixtures.sdkTestActions(), 10_000,
                () -> true)
                .webhook(deflated, "deflate");

        assertThat(deflated.length).isLessThan(10_000);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body().path("error").asText()).contains("limit of 10000 bytes");
    }

    private static byte[] deflate(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(body);
        }
        return out.toByteArray();
    }
}
