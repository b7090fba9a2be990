package dev.apprentice.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;

/** Factories for the events the engine writes, in the exact shape Rasa 3.6 serialises them. */
public final class Events {

    private Events() {
    }

    public static Event user(
            String text, ObjectNode parseData, String inputChannel, String messageId,
            JsonNode metadata, double ts) {
        Event e = Event.of("user", ts);
        ObjectNode b = e.body();
        b.set("metadata", metadata == null || metadata.isNull() ? Json.object() : metadata);
        b.put("text", text);
        b.set("parse_data", parseData);
        b.put("input_channel", inputChannel);
        b.put("message_id", messageId);
        return e;
    }

    public static Event userFeaturization(boolean useText, double ts) {
        Event e = Event.of("user_featurization", ts);
        e.body().put("use_text_for_featurization", useText);
        return e;
    }

    /** An {@code action} event; a null confidence or policy is written as JSON null. */
    public static Event action(
            String name, String policy, Double confidence, boolean hideRuleTurn, double ts) {
        Event e = Event.of("action", ts);
        ObjectNode b = e.body();
        b.put("name", name);
        b.put("policy", policy);
        if (confidence == null) {
            b.putNull("confidence");
        } else {
            b.put("confidence", confidence);
        }
        b.putNull("action_text");
        b.put("hide_rule_turn", hideRuleTurn);
        return e;
    }

    /** A {@code bot} event; {@code data} contains elements, quick_replies, buttons and the rest. */
    public static Event bot(String text, ObjectNode data, ObjectNode metadata, double ts) {
        Event e = Event.of("bot", ts);
        ObjectNode b = e.body();
        b.set("metadata", metadata == null ? Json.object() : metadata);
        b.put("text", text);
        b.set("data", data);
        return e;
    }

    public static Event slot(String name, JsonNode value, double ts) {
        Event e = Event.of("slot", ts);
        e.body().put("name", name);
        e.body().set("value", value == null ? NullNode.getInstance() : value);
        return e;
    }

    public static Event activeLoop(String name, double ts) {
        Event e = Event.of("active_loop", ts);
        e.body().put("name", name);
        return e;
    }

    public static Event loopInterrupted(boolean interrupted, double ts) {
        Event e = Event.of("loop_interrupted", ts);
        e.body().put("is_interrupted", interrupted);
        return e;
    }

    public static Event actionExecutionRejected(
            String name, String policy, Double confidence, double ts) {
        Event e = Event.of("action_execution_rejected", ts);
        e.body().put("name", name);
        e.body().put("policy", policy);
        if (confidence == null) {
            e.body().putNull("confidence");
        } else {
            e.body().put("confidence", confidence);
        }
        return e;
    }

    public static Event followup(String name, double ts) {
        Event e = Event.of("followup", ts);
        e.body().put("name", name);
        return e;
    }

    public static Event entities(JsonNode entities, double ts) {
        Event e = Event.of("entities", ts);
        e.body().set("entities", entities);
        return e;
    }

    /** Creates an event with no fields beyond its type: session_started, restart, rewind. */
    public static Event plain(String type, double ts) {
        return Event.of(type, ts);
    }

    /**
     * Creates an event of a type this engine adds to Rasa's (its names start with
     * {@code apprentice_}), with {@code fields} copied in beside {@code event} and
     * {@code timestamp}.
     */
    public static Event custom(String type, ObjectNode fields, double ts) {
        Event e = Event.of(type, ts);
        e.body().setAll(fields.deepCopy());
        return e;
    }
}
