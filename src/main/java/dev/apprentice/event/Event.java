package dev.apprentice.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;

/**
 * One tracker event in Rasa's JSON shape ({@code event}, {@code timestamp}, optional
 * {@code metadata} and the type's own fields). The JSON object is the event: keeping it whole
 * means an event read from a client, an action server or the database is written back unchanged,
 * including fields this engine does not interpret.
 *
 * <p>Instances are immutable from the outside: {@link #json()} returns a copy.
 */
public final class Event {

    private final ObjectNode json;

    private Event(ObjectNode json) {
        this.json = json;
    }

    /**
     * Wraps a JSON event. The caller must have validated it (see {@link EventValidator}); a null or
     * zero timestamp is replaced by {@code now}.
     */
    public static Event fromJson(JsonNode node, double now) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        JsonNode ts = copy.get("timestamp");
        if (ts == null || ts.isNull() || (ts.isNumber() && ts.asDouble() == 0)) {
            copy.put("timestamp", now);
        }
        String type = copy.path("event").asText();
        // Legacy event names are read as their Rasa 3 replacements.
        if (type.equals("form")) {
            copy.put("event", "active_loop");
        } else if (type.equals("form_validation")) {
            boolean validate = copy.path("validate").asBoolean(true);
            copy.remove("validate");
            copy.put("event", "loop_interrupted");
            copy.put("is_interrupted", !validate);
        }
        return new Event(copy);
    }

    static Event of(String type, double timestamp) {
        ObjectNode node = Json.object();
        node.put("event", type);
        node.put("timestamp", timestamp);
        return new Event(node);
    }

    ObjectNode body() {
        return json;
    }

    public String type() {
        return json.path("event").asText();
    }

    public double timestamp() {
        return json.path("timestamp").asDouble();
    }

    /** Returns a copy of this event with its timestamp set to {@code timestamp}. */
    public Event withTimestamp(double timestamp) {
        ObjectNode copy = json.deepCopy();
        copy.put("timestamp", timestamp);
        return new Event(copy);
    }

    public String name() {
        return Json.text(json, "name");
    }

    public String text() {
        return Json.text(json, "text");
    }

    public JsonNode get(String field) {
        JsonNode value = json.get(field);
        return value == null ? NullNode.getInstance() : value;
    }

    public JsonNode metadata() {
        JsonNode value = json.get("metadata");
        return value == null || value.isNull() ? Json.object() : value;
    }

    public ObjectNode json() {
        return json.deepCopy();
    }

    public boolean is(String type) {
        return type().equals(type);
    }

    @Override
    public String toString() {
        return json.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Event e && e.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }
}
