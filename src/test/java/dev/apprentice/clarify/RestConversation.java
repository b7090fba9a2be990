package dev.apprentice.clarify;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One conversation with the running bot through the REST channel, with every message sent in
 * one clarification mode, and the events of its tracker.
 */
final class RestConversation {

    /** The teacher token of the test profile, which makes a sender's teaching trusted. */
    static final String TEACHER_TOKEN = "test-teacher-token";

    private final String sender;
    private final String mode;
    private boolean trusted;

    /** @param mode sent as {@code metadata.mode} with every message, or null for none */
    RestConversation(String name, String mode) {
        this.sender = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.mode = mode;
    }

    String sender() {
        return sender;
    }

    /** Sends the teacher token with every later message, so what they teach is approved. */
    RestConversation trusted() {
        this.trusted = true;
        return this;
    }

    /** Sends {@code text} and returns the bot's replies. */
    JsonNode say(String text) {
        Map<String, Object> metadata = new java.util.HashMap<>();
        if (mode != null) {
            metadata.put("mode", mode);
        }
        if (trusted) {
            metadata.put("teacher_token", TEACHER_TOKEN);
        }
        Map<String, Object> body = Map.of("sender", sender, "message", text,
                "metadata", metadata);
        return read(given().contentType(ContentType.JSON).body(body)
                .post("/webhooks/rest/webhook").then().statusCode(200).extract().asString());
    }

    /** Returns the texts of {@code replies}, in order. */
    static List<String> texts(JsonNode replies) {
        List<String> texts = new ArrayList<>();
        replies.forEach(r -> texts.add(r.path("text").asText(null)));
        return texts;
    }

    /** Returns the payload of the button titled {@code title} among {@code replies}. */
    static String payload(JsonNode replies, String title) {
        for (JsonNode reply : replies) {
            for (JsonNode button : reply.path("buttons")) {
                if (title.equals(button.path("title").asText())) {
                    return button.path("payload").asText();
                }
            }
        }
        throw new AssertionError("no button titled '" + title + "' in " + replies);
    }

    /** Returns all events of the conversation. */
    List<JsonNode> events() {
        JsonNode tracker = read(given().get("/conversations/" + sender
                + "/tracker?include_events=ALL").then().statusCode(200).extract().asString());
        List<JsonNode> events = new ArrayList<>();
        tracker.path("events").forEach(events::add);
        return events;
    }

    /** Returns the events named {@code name} ("apprentice_question", "user", ...). */
    List<JsonNode> events(String name) {
        return events().stream().filter(e -> name.equals(e.path("event").asText())).toList();
    }

    /** Returns the latest event named {@code name}; fails when there is none. */
    JsonNode last(String name) {
        List<JsonNode> events = events(name);
        if (events.isEmpty()) {
            throw new AssertionError("no " + name + " event in conversation " + sender);
        }
        return events.get(events.size() - 1);
    }

    /** Returns the labels of the options of the latest question. */
    List<String> optionLabels() {
        List<String> labels = new ArrayList<>();
        last("apprentice_question").path("options").forEach(o -> labels.add(o.path("label")
                .asText()));
        return labels;
    }

    /**
     * Returns the user event that the original request was handled as after an answer, the
     * one whose metadata carries {@code apprentice_resumed}; fails when there is none.
     */
    JsonNode resumed() {
        return events("user").stream()
                .filter(e -> e.path("metadata").has("apprentice_resumed"))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no resumed request in " + sender));
    }

    /** Returns the names of the actions run after the latest user event. */
    List<String> actionsAfterLastUserMessage() {
        List<JsonNode> events = events();
        int last = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).path("event").asText().equals("user")) {
                last = i;
            }
        }
        List<String> actions = new ArrayList<>();
        for (int i = last + 1; i < events.size(); i++) {
            if (events.get(i).path("event").asText().equals("action")) {
                actions.add(events.get(i).path("name").asText());
            }
        }
        return actions;
    }

    /** Returns the intent the running bot's NLU gives {@code text}. */
    static String intentOf(String text) {
        return read(given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/model/parse").then().statusCode(200).extract().asString())
                .path("intent").path("name").asText();
    }

    /** Merges a knowledge document into the running bot's memory; items are approved. */
    static void importKnowledge(String document) {
        given().contentType(ContentType.JSON).body(document).post("/knowledge/import")
                .then().statusCode(200);
    }

    private static JsonNode read(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
