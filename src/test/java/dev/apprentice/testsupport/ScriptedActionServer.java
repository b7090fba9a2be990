package dev.apprentice.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.apprentice.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.zip.InflaterInputStream;

/**
 * An action server on 127.0.0.1 for tests, answering {@code POST /webhook} with whatever its
 * script returns for the request. It records every request it received. A reply made with
 * {@link Reply#hang()} blocks until the server is closed, to let a client time out.
 */
public final class ScriptedActionServer implements AutoCloseable {

    /** One answer: an HTTP status and a raw body. */
    public record Reply(int status, String body, boolean hangs) {

        public static Reply json(int status, String body) {
            return new Reply(status, body, false);
        }

        public static Reply ok(String body) {
            return json(200, body);
        }

        public static Reply hang() {
            return new Reply(200, "{}", true);
        }
    }

    /** A request as received: the decoded JSON body, the headers and the query string. */
    public record Received(JsonNode body, Map<String, List<String>> headers, String query) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Function<JsonNode, Reply> script;

    public ScriptedActionServer(Function<JsonNode, Reply> script) {
        this.script = script;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhook", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server that gives every request the same reply. */
    public static ScriptedActionServer replying(Reply reply) {
        return new ScriptedActionServer(request -> reply);
    }

    public void script(Function<JsonNode, Reply> next) {
        this.script = next;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = readBody(exchange);
            received.add(new Received(body, Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestURI().getRawQuery()));
            Reply reply = script.apply(body);
            if (reply.hangs()) {
                awaitClose();
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static JsonNode readBody(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        InputStream in = new ByteArrayInputStream(raw);
        if ("deflate".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new InflaterInputStream(in);
        }
        return Json.MAPPER.readTree(in);
    }

    private void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
