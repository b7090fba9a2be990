package dev.apprentice.action.server.clarify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.server.ActionHttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rasa's own request bodies, sent to the served {@code /webhook} for each of Apprentice's
 * actions: every answer is a 200 whose events Rasa's event schema accepts and whose responses
 * are message objects.
 */
@QuarkusTest
class ServedActionsFixtureTest {

    private static final List<String> ACTIONS = List.of("action_set_mode", "action_clarify",
            "action_learn_from_answer", "action_explain_term");
    private static final List<String> FIXTURES = List.of(
            "core_test_remote_action_request_empty_tracker.json",
            "action_server_request_tell_weather.json",
            "action_server_request_skeleton.json");

    @Inject
    ActionHttpServer server;

    static Stream<Arguments> requests() {
        List<Arguments> cases = new ArrayList<>();
        for (String fixture : FIXTURES) {
            for (String action : ACTIONS) {
                cases.add(Arguments.of(fixture, action));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("requests")
    void fixture_request_gets_valid_answer(String fixture, String action) {
        ObjectNode body = (ObjectNode) RasaConversation.fixture(fixture).deepCopy();
        body.put("next_action", action);

        HttpResponse<String> response = new RasaConversation(server.port(), "fixture")
                .post(body.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode reply = RasaConversation.read(response.body());
        assertThat(RasaConversation.schemaProblems(reply.path("events"))).isEmpty();
        assertThat(reply.path("responses").isArray()).isTrue();
        reply.path("responses").forEach(item -> assertThat(item.isObject()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actionNames")
    void demo_tracker_gets_valid_answer(String action) {
        RasaConversation chat = new RasaConversation(server.port(), "demo")
                .user("the Vantrel console shows an error", "report_outage");

        JsonNode reply = chat.run(action);

        assertThat(reply.path("responses").isArray()).isTrue();
    }

    @Test
    void actions_route_lists_all_four() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/actions")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RasaConversation.read(response.body()).findValuesAsText("name"))
                .containsExactlyElementsOf(ACTIONS);
    }

    static Stream<String> actionNames() {
        return ACTIONS.stream();
    }
}
