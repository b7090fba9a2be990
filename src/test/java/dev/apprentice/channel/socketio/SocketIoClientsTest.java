package dev.apprentice.channel.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.agent.Agent;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.testsupport.ExternalTools;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Real socket.io clients against the running service: socket.io-client 3.1.2 (the one
 * rasa-webchat 1.0.1 bundles) under Node, and Debian's python3-socketio. The default bot has
 * {@code session_persistence: true} and {@code metadata_key: customData}.
 */
@QuarkusTest
class SocketIoClientsTest {

    private static final Duration GUARD = Duration.ofMinutes(3);

    @TestHTTPResource("/")
    URL base;

    @Inject
    Agent agent;

    @Inject
    SocketIoRoutes routes;

    private String baseUrl() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static JsonNode lastLineJson(String output) throws Exception {
        String[] lines = output.strip().split("\n");
        return Json.MAPPER.readTree(lines[lines.length - 1]);
    }

    private List<Event> userEvents(String sessionId) {
        return agent.processor().tracker(sessionId).events().stream()
                .filter(e -> e.is("user")).toList();
    }

    @Test
    void node_client_shares_session_across_sockets() throws Exception {
        Path scripts = ExternalTools.requireNodePackages();

        JsonNode result = lastLineJson(ExternalTools.run(GUARD, scripts, "node",
                "socketio-chat.mjs", baseUrl()));

        String sessionId = result.path("sessionId").asText();
        assertThat(sessionId).matches("[0-9a-f]{32}");
        assertThat(result.path("secondSessionId").asText()).isEqualTo(sessionId);
        assertThat(result.path("firstReply").path("text").asText()).isNotBlank();
        assertThat(result.path("firstTransport").asText()).isEqualTo("websocket");
        assertThat(result.path("secondReply").path("quick_replies")).isNotEmpty();
        assertThat(result.path("secondReply").path("quick_replies").get(0)
                .path("content_type").asText()).isEqualTo("text");
        assertThat(result.path("sharedReply")).isEqualTo(result.path("secondReply"));
        assertThat(result.path("afterLeaveReply").path("text").asText()).isNotBlank();
        List<Event> users = userEvents(sessionId);
        assertThat(users).hasSize(3);
        assertThat(users.get(0).get("input_channel").asText()).isEqualTo("socketio");
        assertThat(users.get(0).metadata().path("mode").asText()).isEqualTo("teacher");
        assertThat(users.get(1).metadata().path("mode").asText()).isEqualTo("partner");
    }

    @Test
    void python_client_reconnects_to_its_session() throws Exception {
        ExternalTools.requirePythonSocketIo();
        Path script = Path.of("src/test/python/socketio_chat.py").toAbsolutePath();

        JsonNode result = lastLineJson(ExternalTools.run(GUARD, null,
                ExternalTools.DEBIAN_PYTHON, script.toString(), baseUrl()));

        String sessionId = result.path("sessionId").asText();
        assertThat(sessionId).matches("[0-9a-f]{32}");
        assertThat(result.path("secondSessionId").asText()).isEqualTo(sessionId);
        assertThat(result.path("firstReply").path("text").asText()).isNotBlank();
        assertThat(result.path("secondReply").path("quick_replies")).isNotEmpty();
        assertThat(result.path("transport").asText()).isEqualTo("websocket");
        List<Event> users = userEvents(sessionId);
        assertThat(users).extracting(e -> e.metadata().path("mode").asText())
                .containsExactly("assistant", "teacher");
    }

    @Test
    void two_hundred_sockets_stay_isolated() throws Exception {
        Path scripts = ExternalTools.requireNodePackages();
        // The first run grows the worker pool and the caches to their working size.
        runLoad(scripts, "warm");
        waitUntilZero(routes.engine()::sessionCount);
        int threadsBefore = threadCount();
        long heapBefore = usedHeapAfterGc();

        JsonNode result = runLoad(scripts, "measured");

        assertThat(result.path("sockets").asInt()).isEqualTo(200);
        assertThat(result.path("confirmedOwnSession").asInt()).isEqualTo(200);
        assertThat(result.path("received").asInt()).isEqualTo(400);
        assertThat(result.path("foreign").asInt()).isZero();
        waitUntilZero(routes.engine()::sessionCount);
        assertThat(routes.sockets().socketCount()).isZero();
        assertThat(routes.sockets().roomCount()).isZero();
        assertThat(routes.channel().trackedSockets()).isZero();
        // A thread per socket would add 200. The margin covers the worker pools, which start
        // threads on demand up to their limits when 200 turns arrive at once.
        assertThat(threadCount()).isLessThanOrEqualTo(threadsBefore + 50);
        assertThat(usedHeapAfterGc()).isLessThan(heapBefore + 64L * 1024 * 1024);
    }

    private JsonNode runLoad(Path scripts, String runId) throws Exception {
        return lastLineJson(ExternalTools.run(GUARD, scripts, "node", "socketio-load.mjs",
                baseUrl(), "200", runId));
    }

    /** Waits for the server to register closes that happen after the clients exit. */
    private static void waitUntilZero(IntSupplier count) throws InterruptedException {
        for (int i = 0; i < 300 && count.getAsInt() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(count.getAsInt()).as("open sessions after the clients left").isZero();
    }

    private static int threadCount() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
