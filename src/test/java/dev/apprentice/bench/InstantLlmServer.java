package dev.apprentice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.apprentice.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible chat server on 127.0.0.1 that answers every job of the language model at
 * once with a valid reply that changes nothing: equal probabilities for every intent, no
 * doubts, the template's own question, no teaching and no grounded answer. The benchmark points
 * the service at it to measure what the language model path costs per turn apart from the
 * model itself. Prints {@code port=<n>} when it listens.
 *
 * <p>Usage: {@code InstantLlmServer [port]}; port 0 (the default) picks a free one.
 */
public final class InstantLlmServer {

    private static final Pattern INTENT_LINE = Pattern.compile("(?m)^- ([\\w-]+)");
    private static final Pattern TEMPLATE = Pattern.compile(
            "<data name=\"template\">\\n(.*?)\\n</data>", Pattern.DOTALL);

    private InstantLlmServer() {
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        // Without TCP_NODELAY each small reply waits about 40 ms for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/v1/chat/completions", InstantLlmServer::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("port=" + server.getAddress().getPort());
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = Json.MAPPER.readTree(exchange.getRequestBody());
            StringBuilder prompt = new StringBuilder();
            request.path("messages").forEach(m -> prompt.append(m.path("content").asText())
                    .append('\n'));
            byte[] body = completion(reply(prompt.toString())).toString()
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Returns the reply content for the job whose system prompt {@code prompt} contains. */
    static String reply(String prompt) {
        if (prompt.contains("classify one user message")) {
            return uniformIntents(prompt);
        }
        if (prompt.contains("notice what it cannot understand")) {
            return "{\"doubts\": []}";
        }
        if (prompt.contains("word one clarifying question")) {
            Matcher m = TEMPLATE.matcher(prompt);
            String template = m.find() ? m.group(1) : "";
            return Json.object().put("question", template).toString();
        }
        if (prompt.contains("read what a user taught")) {
            return "{\"kind\": \"nothing\"}";
        }
        return "{\"answer\": \"\", \"used\": []}";
    }

    private static String uniformIntents(String prompt) {
        List<String> labels = new ArrayList<>();
        Matcher m = INTENT_LINE.matcher(prompt);
        while (m.find()) {
            labels.add(m.group(1));
        }
        ObjectNode intents = Json.object();
        labels.forEach(label -> intents.put(label, 1.0 / labels.size()));
        return Json.object().set("intents", intents).toString();
    }

    private static ObjectNode completion(String content) {
        ObjectNode body = Json.object().put("id", "chatcmpl-bench")
                .put("object", "chat.completion").put("created", 1_700_000_000L)
                .put("model", "instant");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        body.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1)
                .put("total_tokens", 2);
        return body;
    }
}
