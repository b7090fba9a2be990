package dev.apprentice.review;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One conversation with the running bot through the REST channel, and API calls it needs. */
final class Chat {

    /** The teacher token of the test configuration. */
    static final String TEACHER_TOKEN = "test-teacher-token";

    private final String sender;
    private final boolean trusted;

    Chat(String name, boolean trusted) {
        this.sender = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.trusted = trusted;
    }

    String sender() {
        return sender;
    }

    /** Sends {@code text} and returns the bot's replies. */
    JsonNode say(String text) {
        return say(text, trusted);
    }

    /** Sends {@code text}, with the teacher token when {@code withToken}; returns the replies. */
    JsonNode say(String text, boolean withToken) {
        Map<String, Object> metadata = new HashMap<>();
        if (withToken) {
            metadata.put("teacher_token", TEACHER_TOKEN);
        }
        Map<String, Object> body = Map.of("sender", sender, "message", text,
                "metadata", metadata);
        return read(given().contentType(ContentType.JSON).body(body)
                .post("/webhooks/rest/webhook").then().statusCode(200).extract().asString());
    }

    /** Returns the events named {@code name} of the conversation. */
    List<JsonNode> events(String name) {
        JsonNode tracker = read(given().get("/conversations/" + sender
                + "/tracker?include_events=ALL").then().statusCode(200).extract().asString());
        List<JsonNode> events = new ArrayList<>();
        tracker.path("events").forEach(e -> {
            if (name.equals(e.path("event").asText())) {
                events.add(e);
            }
        });
        return events;
    }

    JsonNode last(String name) {
        List<JsonNode> events = events(name);
        if (events.isEmpty()) {
            throw new AssertionError("no " + name + " event in conversation " + sender);
        }
        return events.get(events.size() - 1);
    }

    static List<String> texts(JsonNode replies) {
        List<String> texts = new ArrayList<>();
        replies.forEach(r -> texts.add(r.path("text").asText(null)));
        return texts;
    }

    /** Returns the intent the running bot's NLU gives {@code text}. */
    static String intentOf(String text) {
        return parse(text).path("intent").path("name").asText();
    }

    static JsonNode parse(String text) {
        return read(given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/model/parse").then().statusCode(200).extract().asString());
    }

    /** Returns an intent of the default bot that is not {@code other}. */
    static String otherThan(String other, String first, String second) {
        return first.equals(other) ? second : first;
    }

    /** Queues {@code text} through the import API and returns its item id. */
    static long queue(String text) {
        given().contentType(ContentType.JSON).body(List.of(text)).post("/learning/queue/import")
                .then().statusCode(200);
        return itemId(text);
    }

    /** Returns the id of the pending item with {@code text}; fails when there is none. */
    static long itemId(String text) {
        for (JsonNode item : get("/learning/queue?limit=1000").path("items")) {
            if (text.equals(item.path("text").asText())) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("no pending queue item '" + text + "'");
    }

    static JsonNode get(String path) {
        return read(given().get(path).then().statusCode(200).extract().asString());
    }

    static JsonNode read(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
