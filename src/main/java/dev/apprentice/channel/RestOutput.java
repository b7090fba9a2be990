package dev.apprentice.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import java.util.List;

/**
 * Turns bot events into the messages of Rasa's REST channel. Each message has
 * {@code recipient_id} and only the non-empty keys among text, buttons, image, attachment and
 * custom. Text without buttons is split on blank lines; text with buttons or quick replies is
 * sent whole with them; elements become "title : subtitle" messages, as REST has no carousel.
 */
public final class RestOutput {

    private RestOutput() {
    }

    public static ArrayNode toMessages(String recipientId, List<Event> botEvents) {
        ArrayNode messages = Json.array();
        for (Event event : botEvents) {
            addMessages(recipientId, event, messages);
        }
        return messages;
    }

    private static void addMessages(String recipient, Event event, ArrayNode out) {
        JsonNode data = event.get("data");
        String text = event.text();
        JsonNode quickReplies = data.path("quick_replies");
        JsonNode buttons = data.path("buttons");
        if (nonEmpty(quickReplies)) {
            out.add(message(recipient).put("text", text).set("buttons", quickReplies));
        } else if (nonEmpty(buttons)) {
            out.add(message(recipient).put("text", text).set("buttons", buttons));
        } else if (text != null && !text.isBlank()) {
            for (String fragment : splitOnBlankLines(text)) {
                out.add(message(recipient).put("text", fragment));
            }
        }
        JsonNode custom = data.path("custom");
        if (nonEmpty(custom)) {
            out.add(message(recipient).set("custom", custom));
        }
        JsonNode image = data.path("image");
        if (nonEmpty(image)) {
            out.add(message(recipient).set("image", image));
        }
        JsonNode attachment = data.path("attachment");
        if (nonEmpty(attachment) && !attachment.equals(image)) {
            out.add(message(recipient).set("attachment", attachment));
        }
        for (JsonNode element : data.path("elements")) {
            String line = element.path("title").asText("") + " : "
                    + element.path("subtitle").asText("");
            JsonNode elementButtons = element.path("buttons");
            out.add(message(recipient).put("text", line)
                    .set("buttons", elementButtons.isArray() ? elementButtons : Json.array()));
        }
    }

    /** Splits trimmed text on every blank line, as Rasa's channels do. */
    public static List<String> splitOnBlankLines(String text) {
        return List.of(text.strip().split("\n\n"));
    }

    private static ObjectNode message(String recipient) {
        return Json.object().put("recipient_id", recipient);
    }

    static boolean nonEmpty(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (node.isContainerNode()) {
            return !node.isEmpty();
        }
        return !node.asText().isEmpty();
    }
}
