package dev.apprentice.action.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a successful action-server reply: {@code events}, a list of event objects, and
 * {@code responses}, a list of messages as the SDK's {@code dispatcher.utter_message} records
 * them. Either key may be missing, which means an empty list.
 *
 * <p>The JSON object is kept whole, so a reply is written back unchanged. The events are not
 * validated here; the client checks them against Rasa's event schema before using them.
 */
public final class ActionServerResponse {

    private final ObjectNode json;

    private ActionServerResponse(ObjectNode json) {
        this.json = json;
    }

    public static ActionServerResponse of(List<ObjectNode> events, List<ObjectNode> responses) {
        ObjectNode json = Json.object();
        ArrayNode eventArray = json.putArray("events");
        events.forEach(e -> eventArray.add(e.deepCopy()));
        ArrayNode responseArray = json.putArray("responses");
        responses.forEach(r -> responseArray.add(r.deepCopy()));
        return new ActionServerResponse(json);
    }

    /**
     * Reads a reply body, checking the shape Rasa validates: a JSON object whose
     * {@code events} and {@code responses}, when present, are lists of objects.
     *
     * @throws IllegalArgumentException naming the first part that has another shape
     */
    public static ActionServerResponse fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("the reply is not a JSON object");
        }
        requireListOfObjects(body, "events");
        requireListOfObjects(body, "responses");
        return new ActionServerResponse(((ObjectNode) body).deepCopy());
    }

    private static void requireListOfObjects(JsonNode body, String key) {
        JsonNode list = body.get(key);
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException("'" + key + "' is not a list");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                throw new IllegalArgumentException("'" + key + "[" + i + "]' is not an object");
            }
        }
    }

    /** Returns copies of the event objects, in order. */
    public List<ObjectNode> events() {
        return objects("events");
    }

    /** Returns copies of the response items, in order. */
    public List<ObjectNode> responses() {
        return objects("responses");
    }

    private List<ObjectNode> objects(String key) {
        List<ObjectNode> items = new ArrayList<>();
        JsonNode list = json.get(key);
        if (list != null && list.isArray()) {
            list.forEach(item -> items.add((ObjectNode) item.deepCopy()));
        }
        return items;
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
        return other instanceof ActionServerResponse r && r.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }
}
