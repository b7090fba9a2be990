package dev.apprentice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.action.server.ActionHttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The action server Apprentice starts at boot, on its own port (a free one in tests). */
@QuarkusTest
class ActionServerRoutesTest {

    @Inject
    ActionHttpServer server;

    @Test
    void own_port_serves_health_and_actions() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port();

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> actions = http.send(HttpRequest.newBuilder(
                URI.create(base + "/actions")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(server.port()).isPositive();
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(actions.body()).isEqualTo("[{\"name\":\"action_set_mode\"},"
                + "{\"name\":\"action_clarify\"},{\"name\":\"action_learn_from_answer\"},"
                + "{\"name\":\"action_explain_term\"}]");
    }
}
