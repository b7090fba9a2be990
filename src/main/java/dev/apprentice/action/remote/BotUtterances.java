package dev.apprentice.action.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.ActionContext;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.tracker.DialogueStateTracker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the {@code responses} of an action-server reply into {@code bot} events, as Rasa 3.6's
 * {@code RemoteAction} does. For each item: a non-empty {@code response} renders that domain
 * response for the output channel, with the item's other keys as extra template values, and adds
 * {@code utter_action}; an item whose response cannot be rendered is skipped. The item's
 * {@code buttons} are appended to the rendered ones, and every other key whose value is truthy in
 * Python's sense (not null, false, 0, "", [] or {}) overrides the rendered value. Rasa 3.6 reads
 * only {@code response}, so an item that names its response only as {@code template} is sent
 * as it is.
 */
final class BotUtterances {

    private static final List<String> DATA_KEYS = List.of(
            "elements", "quick_replies", "buttons", "attachment", "image", "custom");

    private BotUtterances() {
    }

    static List<Event> fromResponses(List<ObjectNode> responses, DialogueStateTracker tracker,
            ActionContext context) {
        List<Event> events = new ArrayList<>();
        for (ObjectNode item : responses) {
            draft(item, tracker, context).ifPresent(d -> events.add(toEvent(d, context.now())));
        }
        return events;
    }

    private static Optional<ObjectNode> draft(ObjectNode item, DialogueStateTracker tracker,
            ActionContext context) {
        ObjectNode rest = item.deepCopy();
        String response = Json.text(rest, "response");
        rest.remove("response");
        ObjectNode draft = Json.object();
        if (response != null && !response.isEmpty()) {
            Optional<Event> rendered = context.renderer().render(response, tracker.slots(),
                    context.outputChannel(), templateValues(rest), context.now());
            if (rendered.isEmpty()) {
                return Optional.empty();
            }
            draft.setAll(flatten(rendered.get()));
        }
        JsonNode buttons = rest.remove("buttons");
        if (truthy(buttons) && buttons.isArray()) {
            JsonNode existing = draft.get("buttons");
            ArrayNode merged = existing != null && existing.isArray()
                    ? (ArrayNode) existing : draft.putArray("buttons");
            buttons.forEach(merged::add);
        }
        rest.fields().forEachRemaining(field -> {
            if (truthy(field.getValue())) {
                draft.set(field.getKey(), field.getValue());
            }
        });
        return Optional.of(draft);
    }

    private static Map<String, JsonNode> templateValues(ObjectNode item) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        item.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue()));
        return values;
    }

    /** Turns a rendered bot event back into one flat message dict, as Rasa's NLG returns it. */
    private static ObjectNode flatten(Event rendered) {
        ObjectNode draft = Json.object();
        if (rendered.text() != null) {
            draft.put("text", rendered.text());
        }
        JsonNode data = rendered.get("data");
        for (String key : DATA_KEYS) {
            JsonNode value = data.path(key);
            if (!value.isMissingNode() && !value.isNull()) {
                draft.set(key, value.deepCopy());
            }
        }
        // The renderer copies an image into attachment; the flat message keeps only the image.
        if (draft.has("image") && draft.path("attachment").equals(draft.get("image"))) {
            draft.remove("attachment");
        }
        rendered.metadata().fields().forEachRemaining(f -> draft.set(f.getKey(), f.getValue()));
        return draft;
    }

    /** Builds the bot event from a message dict, as Rasa's {@code create_bot_utterance}. */
    static Event toEvent(ObjectNode message, double ts) {
        ObjectNode metadata = message.deepCopy();
        JsonNode text = metadata.remove("text");
        ObjectNode data = Json.object();
        for (String key : DATA_KEYS) {
            JsonNode value = metadata.remove(key);
            data.set(key, value == null ? NullNode.getInstance() : value);
        }
        // As in Rasa, an image doubles as the attachment when there is no other attachment.
        if (!truthy(data.get("attachment"))) {
            data.set("attachment", data.get("image"));
        }
        String messageText = text == null || text.isNull() ? null : text.asText();
        return Events.bot(messageText, data, metadata, ts);
    }

    /** Returns whether Python would treat {@code value} as true. */
    static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return value.size() > 0;
    }
}
