package dev.apprentice.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.domain.Slot;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one conversation, rebuilt by replaying its events. Everything a turn changes is an
 * event, so the same events always give the same state: after a restart of the service, on another
 * instance, or after {@code rewind} and {@code undo}, which replay the applied events anew.
 *
 * <p>Not thread-safe; the processor holds the sender's lock while it uses a tracker.
 */
public final class DialogueStateTracker {

    private final String senderId;
    private final Domain domain;
    private final List<Event> events = new ArrayList<>();
    private final TrackerState state;

    public DialogueStateTracker(String senderId, Domain domain, List<Event> history) {
        this.senderId = senderId;
        this.domain = domain;
        this.state = new TrackerState(domain);
        history.forEach(this::update);
    }

    /** Appends {@code event} and applies it to the state. */
    public void update(Event event) {
        events.add(event);
        if (event.is("rewind") || event.is("undo")) {
            state.reset();
            AppliedEvents.of(events).forEach(state::apply);
        } else {
            state.apply(event);
        }
    }

    public String senderId() {
        return senderId;
    }

    public Domain domain() {
        return domain;
    }

    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    public List<Event> appliedEvents() {
        return AppliedEvents.of(events);
    }

    /** Returns the events after the last restart, Rasa's default for the HTTP API. */
    public List<Event> eventsAfterRestart() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).is("restart")) {
                return events.subList(i, events.size());
            }
        }
        return events();
    }

    public JsonNode slot(String name) {
        JsonNode value = state.slots.get(name);
        return value == null ? NullNode.getInstance() : value;
    }

    public Map<String, JsonNode> slots() {
        return Collections.unmodifiableMap(state.slots);
    }

    /** The parse data of the latest user message, or the empty message before the first one. */
    public ObjectNode latestMessage() {
        return state.latestMessage.deepCopy();
    }

    public String latestIntent() {
        return Json.text(state.latestMessage.path("intent"), "name");
    }

    public String latestText() {
        return Json.text(state.latestMessage, "text");
    }

    public String latestActionName() {
        return state.latestActionName;
    }

    public String latestInputChannel() {
        return state.latestInputChannel;
    }

    public String followupAction() {
        return state.followupAction;
    }

    public boolean paused() {
        return state.paused;
    }

    public String activeLoopName() {
        return state.activeLoop;
    }

    public boolean activeLoopRejected() {
        return state.loopRejected;
    }

    public boolean activeLoopInterrupted() {
        return state.loopInterrupted;
    }

    public Event latestEvent() {
        return events.isEmpty() ? null : events.get(events.size() - 1);
    }

    /** Returns the latest event of {@code type} in the current session, or null. */
    public Event latestOfType(String type) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (e.is(type)) {
                return e;
            }
            if (e.is("session_started") || e.is("restart")) {
                return null;
            }
        }
        return null;
    }

    /** Returns the slots as the domain defines them, for featurisation and rendering. */
    public Map<String, Slot> slotDefinitions() {
        return domain.slots();
    }

    /**
     * Returns the tracker in Rasa's {@code current_state} shape; {@code include} chooses the
     * events listed, and {@code NONE} writes {@code "events": null}.
     */
    public ObjectNode currentState(EventVerbosity include) {
        ObjectNode node = Json.object();
        node.put("sender_id", senderId);
        ObjectNode slots = node.putObject("slots");
        state.slots.forEach(slots::set);
        node.set("latest_message", state.latestMessage.deepCopy());
        Event last = latestEvent();
        if (last == null) {
            node.putNull("latest_event_time");
        } else {
            node.put("latest_event_time", last.timestamp());
        }
        node.put("followup_action", state.followupAction);
        node.put("paused", state.paused);
        node.set("events", eventsJson(include));
        node.put("latest_input_channel", state.latestInputChannel);
        node.set("active_loop", activeLoopJson());
        ObjectNode latestAction = node.putObject("latest_action");
        if (state.latestActionName != null) {
            latestAction.put(state.latestActionIsText ? "action_text" : "action_name",
                    state.latestActionName);
        }
        node.put("latest_action_name", state.latestActionName);
        return node;
    }

    private JsonNode eventsJson(EventVerbosity include) {
        List<Event> list = switch (include) {
            case NONE -> null;
            case ALL -> events;
            case APPLIED -> appliedEvents();
            case AFTER_RESTART -> eventsAfterRestart();
        };
        if (list == null) {
            return NullNode.getInstance();
        }
        ArrayNode array = Json.array();
        list.forEach(e -> array.add(e.json()));
        return array;
    }

    private ObjectNode activeLoopJson() {
        ObjectNode loop = Json.object();
        if (state.activeLoop != null) {
            loop.put("name", state.activeLoop);
            loop.put("is_interrupted", state.loopInterrupted);
            loop.put("rejected", state.loopRejected);
            loop.set("trigger_message", state.loopTrigger == null
                    ? NullNode.getInstance() : state.loopTrigger.deepCopy());
        }
        return loop;
    }

    /** Returns the domain's initial slot values, as at the start of every session. */
    static Map<String, JsonNode> initialSlots(Domain domain) {
        Map<String, JsonNode> slots = new LinkedHashMap<>();
        domain.slots().forEach((name, slot) -> slots.put(name, slot.initialValue()));
        return slots;
    }
}
