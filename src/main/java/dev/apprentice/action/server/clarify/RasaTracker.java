package dev.apprentice.action.server.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.server.ClarifyOutcome;
import dev.apprentice.domain.Domain;
import dev.apprentice.domain.Intent;
import dev.apprentice.domain.Slot;
import dev.apprentice.event.Event;
import dev.apprentice.event.EventValidator;
import dev.apprentice.json.Json;
import dev.apprentice.tracker.DialogueStateTracker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Rasa conversation as an action-server request describes it, rebuilt as this engine's
 * tracker by replaying {@code tracker.events}: the whole conversation, the part before the
 * latest user message, and that message with its parse and metadata.
 *
 * <p>The caller's domain is read only for its intent names and slots, so that replayed
 * {@code slot} events set them. The slots {@code mode} and
 * {@value ClarifyOutcome#QUESTION_SLOT} are added when the domain lacks them, or when the
 * request carries no domain. Events of types Rasa's schema does not list are skipped with a
 * warning; an invalid event raises {@link EventValidator.InvalidEventException}.
 */
record RasaTracker(DialogueStateTracker conversation, DialogueStateTracker history,
        ObjectNode latestMessage, JsonNode metadata, String inputChannel,
        List<String> intentNames) {

    /** Slots the served actions read, whether or not the caller's domain declares them. */
    static final List<String> OWN_SLOTS = List.of("mode", ClarifyOutcome.QUESTION_SLOT);

    /**
     * Rebuilds the conversation of {@code request}.
     *
     * @throws IllegalArgumentException when the request has no tracker object or sender id
     */
    static RasaTracker of(ActionServerRequest request) {
        ObjectNode tracker = request.tracker();
        String senderId = request.senderId();
        Domain domain = domain(request.domain());
        List<Event> events = events(tracker.path("events"));
        int latestUser = latestUserIndex(events);
        DialogueStateTracker history = new DialogueStateTracker(senderId, domain,
                latestUser < 0 ? events : events.subList(0, latestUser));
        DialogueStateTracker conversation = new DialogueStateTracker(senderId, domain, events);
        Event user = latestUser < 0 ? null : events.get(latestUser);
        ObjectNode latest = request.latestMessage();
        JsonNode metadata = user != null && user.metadata().isObject() ? user.metadata()
                : latest.path("metadata").isObject() ? latest.get("metadata") : Json.object();
        String channel = user != null ? Json.text(user.json(), "input_channel")
                : Json.text(tracker, "latest_input_channel");
        return new RasaTracker(conversation, history, latest, metadata, channel,
                domain.intentNames());
    }

    /** Returns the text of the latest user message, or an empty string. */
    String latestText() {
        String text = Json.text(latestMessage, "text");
        return text == null ? "" : text;
    }

    /** Returns how many user messages came before the latest one. */
    int earlierUserTurns() {
        return (int) history.events().stream().filter(e -> e.is("user")).count();
    }

    private static List<Event> events(JsonNode array) {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("tracker.events must be a list");
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode item : EventValidator.validate(array)) {
            events.add(Event.fromJson(item, 0));
        }
        return events;
    }

    private static int latestUserIndex(List<Event> events) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).is("user")) {
                return i;
            }
        }
        return -1;
    }

    static Domain domain(ObjectNode json) {
        List<Intent> intents = new ArrayList<>();
        for (JsonNode entry : json.path("intents")) {
            String name = entry.isTextual() ? entry.textValue()
                    : entry.isObject() && entry.size() == 1 ? entry.fieldNames().next() : null;
            if (name != null) {
                intents.add(Intent.named(name));
            }
        }
        Map<String, Slot> slots = new LinkedHashMap<>();
        json.path("slots").fields().forEachRemaining(field -> slots.put(field.getKey(),
                slot(field.getKey(), field.getValue())));
        OWN_SLOTS.forEach(name -> slots.putIfAbsent(name, Slot.unfeaturized(name, "any")));
        return new Domain(intents, List.of(), slots, Map.of(), List.of(), Set.of(), Map.of(),
                null, false, Json.object());
    }

    private static Slot slot(String name, JsonNode definition) {
        String type = Json.text(definition, "type");
        return new Slot(name, type == null ? "any" : type, false,
                definition.get("initial_value"), List.of(), null, null, List.of());
    }
}
