package dev.apprentice.action.server.clarify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import dev.apprentice.testsupport.JsonSchemaSubset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A conversation kept the way Rasa 3.6 keeps it while it calls an action server: the tracker
 * starts as the Rasa-demo fixture's new session, each user message is appended as a
 * {@code user} event with its parse, and each action call appends the {@code action} event,
 * one {@code bot} event per returned response and then the returned events, with slots
 * applied. Actions are called over HTTP on the served {@code /webhook}.
 */
final class RasaConversation {

    static final Path FIXTURES = Path.of("../shared/rasa/fixtures");

    private final String webhook;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectNode tracker;
    private final ObjectNode domain;
    private double clock = 1_700_000_000;

    RasaConversation(int port, String name) {
        this.webhook = "http://127.0.0.1:" + port + "/webhook";
        this.tracker = (ObjectNode) fixture("rasa_demo_initial_tracker.json");
        this.tracker.put("sender_id", name + "-" + UUID.randomUUID().toString().substring(0, 8));
        ((ObjectNode) this.tracker.get("slots")).putNull("mode").putNull("apprentice_question")
                .putNull("term");
        this.domain = domain();
    }

    static JsonNode fixture(String name) {
        Assumptions.assumeTrue(Files.isDirectory(FIXTURES),
                "the Rasa fixtures folder ../shared/rasa/fixtures is not next to the project");
        try {
            return Json.MAPPER.readTree(FIXTURES.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A support bot's domain with intents Apprentice's own bot does not have, and the slots
     * and actions the README asks a Rasa bot to add.
     */
    private static ObjectNode domain() {
        ObjectNode domain = Json.object().put("version", "3.1");
        domain.putArray("intents").add("apprentice_answer").add("ask_term")
                .add("report_outage").add("set_mode").add("thank");
        domain.putArray("entities").add("mode").add("term");
        ObjectNode slots = domain.putObject("slots");
        for (String slot : List.of("mode", "apprentice_question", "term")) {
            slots.putObject(slot).put("type", "text").put("influence_conversation",
                    !slot.equals("term")).putArray("mappings").addObject()
                    .put("type", "custom");
        }
        domain.putArray("actions").add("action_set_mode").add("action_clarify")
                .add("action_learn_from_answer").add("action_explain_term");
        return domain;
    }

    String sender() {
        return tracker.path("sender_id").asText();
    }

    ObjectNode tracker() {
        return tracker.deepCopy();
    }

    /** Appends the user's message, classified as {@code intent} with a clear lead. */
    RasaConversation user(String text, String intent) {
        ObjectNode parse = Json.object();
        parse.putObject("intent").put("name", intent).put("confidence", 0.93);
        parse.putArray("entities");
        parse.put("text", text).put("message_id", UUID.randomUUID().toString());
        parse.putObject("metadata");
        ArrayNode ranking = parse.putArray("intent_ranking");
        ranking.addObject().put("name", intent).put("confidence", 0.93);
        ranking.addObject().put("name", "thank").put("confidence", 0.07);
        ObjectNode event = Json.object().put("event", "user").put("timestamp", tick());
        event.putObject("metadata");
        event.put("text", text).set("parse_data", parse);
        event.put("input_channel", "rest").put("message_id", parse.path("message_id").asText());
        tracker.withArray("events").add(event);
        tracker.set("latest_message", parse.deepCopy());
        tracker.put("latest_input_channel", "rest");
        return this;
    }

    /** Sets slot {@code name} to null, as a new session that does not carry slots over. */
    RasaConversation clearSlot(String name) {
        tracker.withArray("events").addObject().put("event", "slot").put("timestamp", tick())
                .put("name", name).putNull("value");
        ((ObjectNode) tracker.get("slots")).putNull(name);
        return this;
    }

    /** Calls {@code action} and applies its reply as Rasa does; the reply must be valid. */
    JsonNode run(String action) {
        HttpResponse<String> response = post(request(action).toString());
        assertThat(response.statusCode()).as("status of %s: %s", action, response.body())
                .isEqualTo(200);
        JsonNode reply = read(response.body());
        assertThat(schemaProblems(reply.path("events"))).as("events of %s", action).isEmpty();
        apply(action, reply);
        return reply;
    }

    /** Returns the body Rasa would post to run {@code action} on this tracker. */
    ObjectNode request(String action) {
        ObjectNode body = Json.object().put("next_action", action).put("sender_id", sender())
                .put("version", "3.6.21");
        body.set("tracker", tracker.deepCopy());
        body.set("domain", domain.deepCopy());
        return body;
    }

    HttpResponse<String> post(String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(webhook))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> schemaProblems(JsonNode events) {
        return JsonSchemaSubset.validate(fixture("events.schema.json"), events);
    }

    /** Returns the texts of the reply's responses, in order. */
    static List<String> texts(JsonNode reply) {
        List<String> texts = new ArrayList<>();
        reply.path("responses").forEach(r -> texts.add(r.path("text").asText()));
        return texts;
    }

    static JsonNode read(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void apply(String action, JsonNode reply) {
        ArrayNode events = tracker.withArray("events");
        events.addObject().put("event", "action").put("timestamp", tick()).put("name", action)
                .put("policy", "RulePolicy").put("confidence", 1.0).putNull("action_text")
                .put("hide_rule_turn", false);
        for (JsonNode response : reply.path("responses")) {
            ObjectNode bot = events.addObject().put("event", "bot").put("timestamp", tick());
            bot.put("text", response.path("text").asText());
            bot.putObject("data").set("buttons", response.path("buttons"));
            bot.putObject("metadata");
        }
        for (JsonNode event : reply.path("events")) {
            ObjectNode applied = ((ObjectNode) event.deepCopy()).put("timestamp", tick());
            events.add(applied);
            if (applied.path("event").asText().equals("slot")) {
                ObjectNode slots = (ObjectNode) tracker.get("slots");
                slots.set(applied.path("name").asText(), applied.get("value"));
            }
        }
        tracker.put("latest_action_name", action);
        tracker.putObject("latest_action").put("action_name", action);
    }

    private double tick() {
        clock += 1;
        return clock;
    }
}
