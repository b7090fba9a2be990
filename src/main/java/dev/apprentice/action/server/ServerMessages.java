package dev.apprentice.action.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.util.Map;

/**
 * Builds events and messages in the shape rasa-sdk writes them: events with
 * {@code "timestamp": null}, which Rasa replaces with the time it applies them, and messages with
 * every key of {@code dispatcher.utter_message}.
 */
public final class ServerMessages {

    private ServerMessages() {
    }

    /** Returns a {@code slot} event, like the SDK's {@code SlotSet}. */
    public static ObjectNode slotSet(String name, JsonNode value) {
        ObjectNode event = Json.object();
        event.put("event", "slot");
        event.putNull("timestamp");
        event.put("name", name);
        event.set("value", value == null ? NullNode.getInstance() : value);
        return event;
    }

    /** Returns a text message. */
    public static ObjectNode text(String text) {
        return message(text, Map.of());
    }

    /**
     * Returns a text message with buttons, each given as title to payload, in the map's order.
     */
    public static ObjectNode message(String text, Map<String, String> buttons) {
        ObjectNode message = Json.object();
        message.put("text", text);
        ArrayNode array = message.putArray("buttons");
        buttons.forEach((title, payload) ->
                array.addObject().put("title", title).put("payload", payload));
        message.putArray("elements");
        message.putObject("custom");
        message.putNull("template");
        message.putNull("response");
        message.putNull("image");
        message.putNull("attachment");
        return message;
    }
}
