package dev.apprentice.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.apprentice.action.server.ActionServerHandler;
import dev.apprentice.action.server.ServedAction;
import dev.apprentice.action.server.ServedActionRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An action server on 127.0.0.1 with the custom actions of Rasa's example bots, written in Java
 * on Apprentice's own action-server classes: formbot's {@code validate_restaurant_form} and
 * knowledgebasebot's {@code action_query_knowledge_base}.
 */
public final class ExampleActionServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ActionServerHandler handler;

    public ExampleActionServer(ServedAction... actions) {
        ServedActionRegistry registry = new ServedActionRegistry();
        for (ServedAction action : actions) {
            registry.register(action);
        }
        handler = new ActionServerHandler(registry);
        try {
            server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhook", this::webhook);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server with the actions of formbot and of knowledgebasebot in {@code examples}. */
    public static ExampleActionServer forExamples(Path examples) {
        Path knowledgeBase = examples.resolve("knowledgebasebot/knowledge_base_data.json");
        return new ExampleActionServer(new ValidateRestaurantForm(),
                new QueryKnowledgeBase(knowledgeBase));
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook";
    }

    private void webhook(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            ActionServerHandler.Reply reply = handler.webhook(body,
                    exchange.getRequestHeaders().getFirst("Content-Encoding"));
            byte[] bytes = reply.body().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
