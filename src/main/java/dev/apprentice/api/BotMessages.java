package dev.apprentice.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import java.util.List;

/**
 * Bot events as REST-channel messages, for the {@code messages} of {@code execute} and
 * {@code trigger_intent}: each message has {@code recipient_id} and the non-empty keys among
 * text, buttons, image, attachment and custom.
 */
// TODO: use the REST channel's converter instead. This minimal copy does not split text on
// blank lines and drops elements, so messages can differ from the webhook's.
final class BotMessages {

    private BotMessages() {
    }

    static ArrayNode toMessages(String recipientId, List<Event> botEvents) {
        ArrayNode messages = Json.array();
        for (Event event : botEvents) {
            JsonNode data = event.get("data");
            JsonNode buttons = nonEmpty(data.path("quick_replies")) ? data.path("quick_replies")
                    : data.path("buttons");
            if (nonEmpty(buttons) || (event.text() != null && !event.text().isBlank())) {
                ObjectNode message = message(messages, recipientId).put("text", event.text());
                if (nonEmpty(buttons)) {
                    message.set("buttons", buttons);
                }
            }
            for (String key : List.of("custom", "image", "attachment")) {
                if (nonEmpty(data.path(key))) {
                    message(messages, recipientId).set(key, data.path(key));
                }
            }
        }
        return messages;
    }

    private static ObjectNode message(ArrayNode messages, String recipientId) {
        return messages.addObject().put("recipient_id", recipientId);
    }

    private static boolean nonEmpty(JsonNode node) {
        return !node.isMissingNode() && !node.isNull() && !(node.isContainerNode()
                && node.isEmpty()) && !(node.isTextual() && node.textValue().isEmpty());
    }
}
