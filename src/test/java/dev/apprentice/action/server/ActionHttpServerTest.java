package dev.apprentice.action.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.action.ActionResult;
import dev.apprentice.action.remote.RemoteActionExecutor;
import dev.apprentice.config.ActionServerConfig;
import dev.apprentice.json.Json;
import dev.apprentice.project.EndpointConfig;
import dev.apprentice.action.ActionContext;
import dev.apprentice.event.Events;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.testsupport.TestBots;
import dev.apprentice.tracker.DialogueStateTracker;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The action server over HTTP on 127.0.0.1, called directly and by Apprentice's own client. */
class ActionHttpServerTest {

    private static final String TOKEN = "t0ken";
    private static final long MAX_BODY_BYTES = 4096;
    private static Vertx vertx;
    private static ActionHttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        server = new ActionHttpServer(vertx, config(), ServerFixtures.sdkTestActions(),
                () -> true,
                Optional.empty());
        server.onStart(null);
    }

    @AfterAll
    static void stop() {
        server.onStop(null);
        vertx.close();
    }

    private static ActionServerConfig config() {
        return config(false, Optional.of(TOKEN));
    }

    private static ActionServerConfig config(boolean onMainPort, Optional<String> token) {
        return new ActionServerConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public int port() {
                return 0;
            }

            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public boolean onMainPort() {
                return onMainPort;
            }

            @Override
            public Optional<String> token() {
                return token;
            }

            @Override
            public MemorySize maxBodySize() {
                return new MemorySize(BigInteger.valueOf(MAX_BODY_BYTES));
            }
        };
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_is_ok() throws Exception {
        HttpResponse<String> response = get("/health?token=" + TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(response.body()))
                .isEqualTo(Json.object().put("status", "ok"));
    }

    @Test
    void actions_lists_names() throws Exception {
        HttpResponse<String> response = get("/actions?token=" + TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(response.body()).findValuesAsText("name"))
                .contains("action_set_mode", "custom_action");
    }

    @Test
    void missing_token_gives_401() throws Exception {
        assertThat(get("/actions").statusCode()).isEqualTo(401);
        assertThat(get("/actions?token=wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void health_needs_no_token() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void health_gives_503_while_loading() throws Exception {
        ActionHttpServer loading = new ActionHttpServer(vertx, config(),
                ServerFixtures.sdkTestActions(), () -> false,
                Optional.empty());
        loading.onStart(null);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + loading.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("{\"status\":\"loading\"}");
        } finally {
            loading.onStop(null);
        }
    }

    @Test
    void unknown_action_gives_404() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(url("/webhook?token=" + TOKEN)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"next_action\":\"nope\",\"tracker\":{\"sender_id\":\"1\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.MAPPER.readTree(response.body()).path("action_name").asText())
                .isEqualTo("nope");
    }

    @Test
    void body_declared_over_limit_gives_json_413() throws Exception {
        String body = "{\"next_action\":\"action_set_mode\",\"pad\":\""
                + "x".repeat((int) MAX_BODY_BYTES) + "\"}";

        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(body));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Json.MAPPER.readTree(response.body()).path("error").asText())
                .contains("limit of " + MAX_BODY_BYTES + " bytes");
    }

    @Test
    void chunked_body_over_limit_gives_json_413() throws Exception {
        byte[] body = ("{\"pad\":\"" + "x".repeat((int) MAX_BODY_BYTES * 4) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        // A publisher of unknown length makes the client send the body in chunks.
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Json.MAPPER.readTree(response.body()).path("error").asText())
                .contains("limit of " + MAX_BODY_BYTES + " bytes");
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/webhook?token=" + TOKEN)))
                .header("Content-Type", "application/json").POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void routes_mount_under_prefix_on_main_router() throws Exception {
        HttpResponse<String> response = getOnMainPort(Optional.of(TOKEN), Optional.empty(),
                "/actions-server/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void main_port_requires_auth_token_without_own_token() throws Exception {
        Optional<String> authToken = Optional.of("api-secret");

        HttpResponse<String> without = getOnMainPort(Optional.empty(), authToken,
                "/actions-server/actions");
        HttpResponse<String> with = getOnMainPort(Optional.empty(), authToken,
                "/actions-server/actions?token=api-secret");

        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(with.statusCode()).isEqualTo(200);
    }

    @Test
    void main_port_prefers_own_token_to_auth_token() throws Exception {
        HttpResponse<String> response = getOnMainPort(Optional.of(TOKEN),
                Optional.of("api-secret"), "/actions-server/actions?token=api-secret");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> getOnMainPort(Optional<String> token,
            Optional<String> authToken, String path) throws Exception {
        Router main = Router.router(vertx);
        new ActionHttpServer(vertx, config(true, token), ServerFixtures.sdkTestActions(),
                () -> true, authToken).onMainRouter(main);
        HttpServer mainServer = vertx.createHttpServer().requestHandler(main).listen(0,
                "127.0.0.1").toCompletionStage().toCompletableFuture().get();
        try {
            return http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + mainServer.actualPort() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            mainServer.close();
        }
    }

    @Test
    void own_client_runs_set_mode() {
        EndpointConfig endpoint = new EndpointConfig(url("/webhook"), TOKEN, null, Map.of(),
                null, null, 10, false, null, Map.of());
        MessageProcessor processor = TestBots.processor();
        DialogueStateTracker tracker = processor.tracker("u1");
        tracker.update(Events.user("/mode partner",
                Json.object().put("text", "/mode partner"), "rest", "m1", null, 5));

        ActionResult result = new RemoteActionExecutor(endpoint, null, false).run(
                "action_set_mode", tracker, new ActionContext(
                        processor.bot().renderer(), "collector", () -> 6.0, null));

        assertThat(result.rejected()).isFalse();
        assertThat(result.events()).hasSize(1);
        assertThat(result.events().get(0).type()).isEqualTo("slot");
        assertThat(result.events().get(0).name()).isEqualTo("mode");
        assertThat(result.events().get(0).get("value").asText()).isEqualTo("partner");
    }
}
