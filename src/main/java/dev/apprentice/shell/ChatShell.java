package dev.apprentice.shell;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A terminal chat with a running service over the REST channel, like {@code rasa shell}. Type a
 * message, or the number of a button the bot offered; {@code /stop} or end of input quits.
 *
 * <p>Usage: {@code ChatShell [--url http://localhost:5005] [--sender id]}
 */
public final class ChatShell {

    private static final String STOP = "/stop";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI webhook;
    private final String sender;
    private final PrintStream out;

    ChatShell(String baseUrl, String sender, PrintStream out) {
        this.webhook = URI.create(baseUrl.replaceAll("/+$", "") + "/webhooks/rest/webhook");
        this.sender = sender;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        String url = option(args, "--url", "http://localhost:5005");
        String sender = option(args, "--sender", UUID.randomUUID().toString().replace("-", ""));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(
                new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new ChatShell(url, sender, out).run(in);
    }

    void run(BufferedReader in) throws IOException {
        out.println("Chatting as " + sender + " with " + webhook + ". Type " + STOP
                + " to quit.");
        ShellReply last = new ShellReply(List.of(), List.of());
        while (true) {
            out.print("Your input -> ");
            out.flush();
            String line = in.readLine();
            if (line == null || STOP.equals(line.strip())) {
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            last = send(last.resolve(line));
            last.lines().forEach(out::println);
        }
    }

    private ShellReply send(String message) {
        String body = Json.object().put("sender", sender).put("message", message).toString();
        HttpRequest request = HttpRequest.newBuilder(webhook).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                return error("The service answered HTTP " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode messages = Json.MAPPER.readTree(response.body());
            return ShellReply.of(messages);
        } catch (IOException e) {
            return error("Could not reach " + webhook + " (" + e.getMessage()
                    + "). Is the service running? Start it with `make run`.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error("Interrupted.");
        }
    }

    private static ShellReply error(String message) {
        return new ShellReply(List.of(message), List.of());
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (name.equals(args[i])) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
