package dev.apprentice.channel.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.channel.RestOutput;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns bot events into the {@code bot_uttered} payloads of Rasa's socket.io channel, in Rasa's
 * order: text (with quick replies on the last fragment), custom, image, attachment, elements.
 * Bot messages never carry {@code metadata}.
 *
 * <p>One deliberate difference: Rasa passes a {@code custom} object's keys to python-socketio's
 * {@code emit} as keyword arguments, so only {@code {"data": payload}} works there and any other
 * key raises. Here an object with a {@code data} key sends that value, and any other custom
 * object is sent whole; a {@code room} key is ignored, so a response cannot address another
 * conversation.
 */
public final class SocketIoOutput {

    private SocketIoOutput() {
    }

    public static List<JsonNode> payloads(List<Event> botEvents) {
        List<JsonNode> payloads = new ArrayList<>();
        for (Event event : botEvents) {
            addPayloads(event, payloads);
        }
        return payloads;
    }

    private static void addPayloads(Event event, List<JsonNode> out) {
        JsonNode data = event.get("data");
        String text = event.text();
        JsonNode quickReplies = data.path("quick_replies");
        JsonNode buttons = data.path("buttons");
        if (nonEmpty(quickReplies)) {
            addTextWithReplies(text, quickReplies, out);
        } else if (nonEmpty(buttons)) {
            addTextWithReplies(text, buttons, out);
        } else if (text != null && !text.isEmpty()) {
            RestOutput.splitOnBlankLines(text)
                    .forEach(part -> out.add(Json.object().put("text", part)));
        }
        addCustom(data.path("custom"), out);
        JsonNode image = data.path("image");
        if (nonEmpty(image)) {
            ObjectNode attachment = Json.object().put("type", "image");
            attachment.putObject("payload").set("src", image);
            out.add(Json.object().set("attachment", attachment));
        }
        JsonNode attachment = data.path("attachment");
        if (nonEmpty(attachment) && !attachment.equals(image)) {
            out.add(Json.object().set("attachment", attachment));
        }
        for (JsonNode element : data.path("elements")) {
            ObjectNode payload = Json.object().put("template_type", "generic");
            payload.set("elements", element);
            ObjectNode template = Json.object().put("type", "template");
            template.set("payload", payload);
            out.add(Json.object().set("attachment", template));
        }
    }

    /** Splits the text and puts every reply, as {@code content_type: text}, on the last part. */
    private static void addTextWithReplies(String text, JsonNode replies, List<JsonNode> out) {
        List<String> parts = RestOutput.splitOnBlankLines(text == null ? "" : text);
        for (int i = 0; i < parts.size(); i++) {
            ObjectNode message = Json.object().put("text", parts.get(i));
            ArrayNode quick = message.putArray("quick_replies");
            if (i == parts.size() - 1) {
                replies.forEach(reply -> quick.add(quickReply(reply)));
            }
            out.add(message);
        }
    }

    private static ObjectNode quickReply(JsonNode button) {
        ObjectNode reply = Json.object().put("content_type", "text");
        reply.set("title", button.path("title").isMissingNode() ? null : button.get("title"));
        reply.set("payload", button.path("payload").isMissingNode() ? null
                : button.get("payload"));
        return reply;
    }

    private static void addCustom(JsonNode custom, List<JsonNode> out) {
        if (!nonEmpty(custom)) {
            return;
        }
        out.add(custom.isObject() && custom.has("data") ? custom.get("data") : custom);
    }

    private static boolean nonEmpty(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (node.isContainerNode()) {
            return !node.isEmpty();
        }
        return !node.asText().isEmpty();
    }
}
