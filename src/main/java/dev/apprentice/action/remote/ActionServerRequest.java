package dev.apprentice.action.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;

/**
 * The body of an action-server call ({@code POST /webhook}): {@code next_action},
 * {@code sender_id}, {@code version}, {@code tracker} in Rasa's {@code current_state} shape and,
 * unless selective domain leaves it out, {@code domain}.
 *
 * <p>The JSON object is kept whole, so a request read from Rasa is written back unchanged,
 * including fields of older Rasa versions ({@code active_form}) or of the SDK's tests
 * ({@code conversation_id}). Instances are immutable from the outside.
 */
public final class ActionServerRequest {

    private final ObjectNode json;

    private ActionServerRequest(ObjectNode json) {
        this.json = json;
    }

    /** Builds the request Rasa sends; a null {@code domain} leaves the key out. */
    public static ActionServerRequest of(String nextAction, String senderId, String version,
            ObjectNode tracker, ObjectNode domain) {
        ObjectNode json = Json.object();
        json.put("next_action", nextAction);
        json.put("sender_id", senderId);
        json.put("version", version);
        json.set("tracker", tracker.deepCopy());
        if (domain != null) {
            json.set("domain", domain.deepCopy());
        }
        return new ActionServerRequest(json);
    }

    /**
     * Reads a request body. Only the outer shape is checked here: a body that is not a JSON
     * object raises {@link IllegalArgumentException}. Missing fields are reported by the
     * accessors that need them, as the SDK does.
     */
    public static ActionServerRequest fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("the action-server request must be a JSON object");
        }
        return new ActionServerRequest(((ObjectNode) body).deepCopy());
    }

    /** Returns the name of the action to run, or null when the body names none. */
    public String nextAction() {
        String name = Json.text(json, "next_action");
        return name == null || name.isEmpty() ? null : name;
    }

    /**
     * Returns the conversation id: {@code tracker.sender_id}, which the SDK requires, else the
     * top-level {@code sender_id}.
     *
     * @throws IllegalArgumentException when neither is present
     */
    public String senderId() {
        String id = Json.text(json.path("tracker"), "sender_id");
        if (id == null) {
            id = Json.text(json, "sender_id");
        }
        if (id == null) {
            throw new IllegalArgumentException("the request has no tracker.sender_id");
        }
        return id;
    }

    /** Returns the Rasa version that sent the request, or null. */
    public String version() {
        return Json.text(json, "version");
    }

    /**
     * Returns a copy of the tracker.
     *
     * @throws IllegalArgumentException when the request has no tracker object
     */
    public ObjectNode tracker() {
        JsonNode tracker = json.get("tracker");
        if (tracker == null || !tracker.isObject()) {
            throw new IllegalArgumentException("the request has no tracker object");
        }
        return (ObjectNode) tracker.deepCopy();
    }

    /** Returns a copy of the domain; an absent or non-object domain gives {@code {}}. */
    public ObjectNode domain() {
        JsonNode domain = json.get("domain");
        return domain != null && domain.isObject() ? (ObjectNode) domain.deepCopy()
                : Json.object();
    }

    /** Returns whether the request carries the domain. */
    public boolean hasDomain() {
        return json.has("domain");
    }

    /** Returns the value of slot {@code name} in the tracker, or JSON null. */
    public JsonNode slot(String name) {
        return json.path("tracker").path("slots").path(name).deepCopy();
    }

    /** Returns a copy of the tracker's {@code latest_message}, or {@code {}}. */
    public ObjectNode latestMessage() {
        JsonNode message = json.path("tracker").path("latest_message");
        return message.isObject() ? (ObjectNode) message.deepCopy() : Json.object();
    }

    public ObjectNode toJson() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return json.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActionServerRequest r && r.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }
}
