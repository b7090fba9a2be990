package dev.apprentice.clarify.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Talks to a running service through Rasa's REST channel and reads conversation trackers back
 * through the HTTP API. Every method throws {@link IOException} on a status other than 200.
 */
final class WebhookClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String baseUrl;

    /** @param baseUrl the service's address, such as {@code http://127.0.0.1:5005} */
    WebhookClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1)
                : baseUrl;
    }

    /**
     * Sends {@code text} from {@code sender} in {@code mode} and returns the bot's replies.
     *
     * @param teacherToken sent as {@code metadata.teacher_token}, or null for none
     */
    JsonNode say(String sender, String text, String mode, String teacherToken)
            throws IOException, InterruptedException {
        ObjectNode body = Json.object().put("sender", sender).put("message", text);
        ObjectNode metadata = body.putObject("metadata").put("mode", mode);
        if (teacherToken != null) {
            metadata.put("teacher_token", teacherToken);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl
                        + "/webhooks/rest/webhook"))
                .timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body)))
                .build();
        return send(request);
    }

    /** Returns every event of {@code sender}'s tracker, in order. */
    List<JsonNode> events(String sender) throws IOException, InterruptedException {
        String id = URLEncoder.encode(sender, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/conversations/"
                + id + "/tracker?include_events=ALL")).timeout(TIMEOUT).GET().build();
        List<JsonNode> events = new ArrayList<>();
        send(request).path("events").forEach(events::add);
        return events;
    }

    /** Returns the texts of {@code replies}, in order; a reply without text gives "". */
    static List<String> texts(JsonNode replies) {
        List<String> texts = new ArrayList<>();
        replies.forEach(r -> texts.add(r.path("text").asText("")));
        return texts;
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(request.method() + " " + request.uri().getPath()
                    + " failed with status " + response.statusCode());
        }
        return Json.MAPPER.readTree(response.body());
    }
}
