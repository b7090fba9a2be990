package dev.apprentice.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import java.util.Map;

/** The mutable state behind a tracker, changed only by applying events in order. */
final class TrackerState {

    private final Domain domain;
    Map<String, JsonNode> slots;
    ObjectNode latestMessage;
    String latestActionName;
    boolean latestActionIsText;
    String latestInputChannel;
    String followupAction;
    boolean paused;
    String activeLoop;
    boolean loopInterrupted;
    boolean loopRejected;
    ObjectNode loopTrigger;

    TrackerState(Domain domain) {
        this.domain = domain;
        reset();
    }

    void reset() {
        slots = DialogueStateTracker.initialSlots(domain);
        latestMessage = emptyMessage();
        latestActionName = null;
        latestActionIsText = false;
        followupAction = null;
        paused = false;
        clearLoop();
    }

    void apply(Event event) {
        switch (event.type()) {
            case "user" -> applyUser(event);
            case "entities" -> applyEntities(event);
            case "action" -> applyAction(event);
            case "slot" -> applySlot(event);
            case "reset_slots" -> slots = DialogueStateTracker.initialSlots(domain);
            case "active_loop" -> applyActiveLoop(event.name());
            case "loop_interrupted" -> loopInterrupted = event.get("is_interrupted").asBoolean();
            case "action_execution_rejected" -> {
                if (activeLoop != null && activeLoop.equals(event.name())) {
                    loopRejected = true;
                }
            }
            case "followup" -> followupAction = event.name();
            case "pause" -> paused = true;
            case "resume" -> paused = false;
            case "restart" -> {
                reset();
                followupAction = "action_session_start";
            }
            case "session_started" -> reset();
            default -> {
                // bot, user_featurization, reminders and the rest change no state here.
            }
        }
    }

    private void applyUser(Event event) {
        JsonNode parse = event.get("parse_data");
        ObjectNode message = parse.isObject() ? (ObjectNode) parse.deepCopy() : emptyMessage();
        message.put("text", event.text());
        if (!message.has("intent")) {
            message.putObject("intent");
        }
        if (!message.has("entities")) {
            message.putArray("entities");
        }
        message.set("message_id", event.get("message_id"));
        message.set("metadata", event.metadata());
        latestMessage = message;
        latestInputChannel = event.get("input_channel").isNull()
                ? latestInputChannel : event.get("input_channel").asText();
    }

    private void applyEntities(Event event) {
        JsonNode extra = event.get("entities");
        if (extra.isArray() && "action_listen".equals(latestActionName)) {
            ArrayNode entities = latestMessage.withArray("entities");
            extra.forEach(entities::add);
        }
    }

    private void applyAction(Event event) {
        String name = event.name();
        String text = Json.text(event.json(), "action_text");
        latestActionIsText = name == null && text != null;
        latestActionName = name != null ? name : text;
        followupAction = null;
        if (activeLoop != null && activeLoop.equals(name)) {
            loopRejected = false;
            loopInterrupted = false;
        } else if (activeLoop != null && name != null && !"action_listen".equals(name)) {
            // Another action ran while the loop was active: the loop was interrupted, and its
            // earlier rejection no longer stops it from being predicted again.
            loopInterrupted = true;
            loopRejected = false;
        }
    }

    private void applySlot(Event event) {
        String name = event.name();
        if (name != null && slots.containsKey(name)) {
            slots.put(name, event.get("value"));
        }
    }

    private void applyActiveLoop(String name) {
        if (name == null) {
            clearLoop();
            return;
        }
        activeLoop = name;
        loopInterrupted = false;
        loopRejected = false;
        loopTrigger = latestMessage.deepCopy();
    }

    private void clearLoop() {
        activeLoop = null;
        loopInterrupted = false;
        loopRejected = false;
        loopTrigger = null;
    }

    static ObjectNode emptyMessage() {
        ObjectNode message = Json.object();
        message.putObject("intent");
        message.putArray("entities");
        message.putNull("text");
        message.putNull("message_id");
        message.putObject("metadata");
        return message;
    }
}
