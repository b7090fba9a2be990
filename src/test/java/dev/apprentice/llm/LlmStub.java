package dev.apprentice.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.apprentice.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A language model server on 127.0.0.1 that speaks OpenAI's {@code /v1/chat/completions} and
 * Ollama's {@code /api/chat} and replies from a script. Each request is matched to a job by a
 * phrase of the job's system prompt, and the job's scripted replies are used in order. A job
 * with none left gets status 400, which makes it fall back at once.
 */
final class LlmStub implements AutoCloseable {

    /** Phrases that identify each job's system prompt in a request body. */
    static final String INTENT = "classify one user message";
    static final String DOUBT = "notice what it cannot understand";
    static final String QUESTION = "word one clarifying question";
    static final String TEACHING = "read what a user taught";
    static final String ANSWER = "using only what the service was taught";
    private static final List<String> JOBS = List.of(INTENT, DOUBT, QUESTION, TEACHING, ANSWER);

    /**
     * One scripted reply: an HTTP status, the assistant's content, a delay before sending, and
     * a body to send as it is in place of the wire format's, or null.
     */
    record Reply(int status, String content, long delayMillis, String finishReason,
            byte[] rawBody) {

        static Reply content(String content) {
            return new Reply(200, content, 0, "stop", null);
        }

        static Reply status(int status) {
            return new Reply(status, null, 0, null, null);
        }

        static Reply slow(long delayMillis, String content) {
            return new Reply(200, content, delayMillis, "stop", null);
        }

        static Reply cutOff(String content) {
            return new Reply(200, content, 0, "length", null);
        }

        static Reply rawBody(byte[] body) {
            return new Reply(200, null, 0, null, body);
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private LlmStub(HttpServer server) {
        this.server = server;
    }

    static LlmStub start() {
        try {
            // Without TCP_NODELAY each small reply waits about 40 ms for a delayed ACK.
            System.setProperty("sun.net.httpserver.nodelay", "true");
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            LlmStub stub = new LlmStub(server);
            server.createContext("/v1/chat/completions", e -> stub.handle(e, false));
            server.createContext("/api/chat", e -> stub.handle(e, true));
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException("the stub server could not start", e);
        }
    }

    String openAiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    String ollamaBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues {@code replies} for the job whose prompt contains {@code job}. */
    synchronized void script(String job, Reply... replies) {
        scripts.computeIfAbsent(job, k -> new ArrayDeque<>()).addAll(List.of(replies));
    }

    /** Drops every script and recorded request. */
    synchronized void reset() {
        scripts.clear();
        requests.clear();
        authorizations.clear();
    }

    /** Returns the bodies of the requests received for {@code job}, oldest first. */
    List<JsonNode> requests(String job) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode request : requests) {
            if (request.toString().contains(job)) {
                matching.add(request);
            }
        }
        return matching;
    }

    /** Returns each request's Authorization header, or "" where it had none, oldest first. */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** Returns every request body as text, oldest first. */
    List<String> requestTexts() {
        return requests.stream().map(JsonNode::toString).toList();
    }

    private void handle(HttpExchange exchange, boolean ollama) throws IOException {
        try (exchange) {
            JsonNode request = Json.MAPPER.readTree(exchange.getRequestBody());
            requests.add(request);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization == null ? "" : authorization);
            Reply reply = next(request.toString());
            if (reply.delayMillis() > 0) {
                sleep(reply.delayMillis());
            }
            if (reply.rawBody() != null) {
                send(exchange, 200, reply.rawBody());
                return;
            }
            if (reply.status() != 200) {
                send(exchange, reply.status(), "{\"error\":{\"message\":\"scripted failure\"}}");
                return;
            }
            send(exchange, 200, (ollama ? ollamaBody(reply) : openAiBody(reply)).toString());
        }
    }

    private synchronized Reply next(String body) {
        for (String job : JOBS) {
            if (body.contains(job)) {
                Deque<Reply> queue = scripts.get(job);
                return queue == null || queue.isEmpty() ? Reply.status(400) : queue.poll();
            }
        }
        return Reply.status(400);
    }

    private static ObjectNode openAiBody(Reply reply) {
        ObjectNode body = Json.object().put("id", "chatcmpl-stub").put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", "stub");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", reply.content());
        choice.put("finish_reason", reply.finishReason());
        body.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5)
                .put("total_tokens", 15);
        return body;
    }

    private static ObjectNode ollamaBody(Reply reply) {
        ObjectNode body = Json.object().put("model", "stub")
                .put("created_at", "2026-01-01T00:00:00Z");
        body.putObject("message").put("role", "assistant").put("content", reply.content());
        body.put("done", true).put("done_reason", reply.finishReason())
                .put("total_duration", 1000).put("prompt_eval_count", 10)
                .put("eval_count", 5);
        return body;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
