package dev.apprentice.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.domain.Intent;
import dev.apprentice.domain.Slot;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the dialogue states of one session from its applied events: one state before each
 * action that a policy could have predicted, and optionally the current state. The same code
 * featurises live trackers and the event sequences simulated from stories, so their states
 * compare equal.
 */
public final class StateSequence {

    private final Domain domain;

    public StateSequence(Domain domain) {
        this.domain = domain;
    }

    /** A state and the action that followed it. */
    public record Step(DialogueState state, String action) {
    }

    /** Returns the states of the latest session, the last one being the current state. */
    public List<DialogueState> states(List<Event> applied) {
        List<DialogueState> states = new ArrayList<>();
        steps(applied, states::add);
        return states;
    }

    /** Returns each state followed by an action, with that action, for training. */
    public List<Step> trainingSteps(List<Event> applied) {
        List<Step> steps = new ArrayList<>();
        Builder builder = new Builder();
        for (Event event : sessionOf(applied)) {
            if (event.is("action") && builder.countsAsPrediction(event)) {
                steps.add(new Step(builder.state(), actionKey(event)));
            }
            builder.apply(event);
        }
        return steps;
    }

    private void steps(List<Event> applied, java.util.function.Consumer<DialogueState> sink) {
        Builder builder = new Builder();
        for (Event event : sessionOf(applied)) {
            if (event.is("action") && builder.countsAsPrediction(event)) {
                sink.accept(builder.state());
            }
            builder.apply(event);
        }
        sink.accept(builder.state());
    }

    private static List<Event> sessionOf(List<Event> applied) {
        for (int i = applied.size() - 1; i >= 0; i--) {
            if (applied.get(i).is("session_started")) {
                return withoutClarifications(applied.subList(i + 1, applied.size()));
            }
        }
        return withoutClarifications(applied);
    }

    /**
     * Drops clarifying exchanges: the actions the clarification engine logged and the user
     * messages they answered. Stories never contain them, and the request they clarified is
     * logged again after the answer, so the policies see the conversation as if the bot had
     * understood it at once.
     */
    static List<Event> withoutClarifications(List<Event> events) {
        List<Event> kept = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (isClarification(event) || event.is("user") && answeredByClarification(events, i)) {
                continue;
            }
            kept.add(event);
        }
        return kept;
    }

    private static boolean answeredByClarification(List<Event> events, int userIndex) {
        for (int j = userIndex + 1; j < events.size(); j++) {
            Event next = events.get(j);
            if (next.is("action")) {
                return isClarification(next);
            }
            if (next.is("user")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isClarification(Event event) {
        return event.is("action") && CLARIFICATION_POLICY.equals(
                event.get("policy").asText(null));
    }

    /** The policy name the clarification engine writes on the actions it runs. */
    public static final String CLARIFICATION_POLICY = "ClarificationPolicy";

    /**
     * Rasa's {@code requested_slot} does not influence stories, but rules may name it in a
     * condition, so it is kept as a feature that the story memoization leaves out.
     */
    public static final String REQUESTED_SLOT = "requested_slot";

    private static String requestedSlotFeature(JsonNode value) {
        return value == null || value.isNull() ? DialogueState.ABSENT : value.asText();
    }

    static String actionKey(Event action) {
        String name = action.name();
        return name != null ? name : "text:" + Json.text(action.json(), "action_text");
    }

    /** The running features while events are walked in order. */
    private final class Builder {
        private String prev;
        private String intent;
        private String text;
        private final List<String> entities = new ArrayList<>();
        private final Map<String, String> slots = new HashMap<>();
        private String loop;
        private boolean sawUser;

        Builder() {
            domain.slots().forEach((name, slot) -> putSlot(slot, slot.initialValue()));
        }

        boolean countsAsPrediction(Event action) {
            String name = action.name();
            if ("action_session_start".equals(name)) {
                return false;
            }
            // The listen that opens a session is not predicted by any policy.
            return sawUser || !"action_listen".equals(name);
        }

        void apply(Event event) {
            switch (event.type()) {
                case "action" -> prev = actionKey(event);
                case "user" -> applyUser(event);
                case "slot" -> domain.slot(event.name())
                        .ifPresent(slot -> putSlot(slot, event.get("value")));
                case "active_loop" -> loop = event.name();
                case "reset_slots" -> domain.slots()
                        .forEach((name, slot) -> putSlot(slot, slot.initialValue()));
                default -> {
                }
            }
        }

        private void applyUser(Event event) {
            sawUser = true;
            JsonNode parse = event.get("parse_data");
            intent = Json.text(parse.path("intent"), "name");
            String raw = event.text();
            text = raw == null ? null : raw.trim().toLowerCase(Locale.ROOT);
            entities.clear();
            Intent definition = intent == null ? null : domain.intent(intent).orElse(null);
            for (JsonNode entity : parse.path("entities")) {
                String name = entity.path("entity").asText();
                if (definition == null || definition.usesEntity(name)) {
                    entities.add(name);
                }
            }
        }

        private void putSlot(Slot slot, JsonNode value) {
            String feature = REQUESTED_SLOT.equals(slot.name())
                    ? requestedSlotFeature(value) : SlotFeaturizer.feature(slot, value);
            if (feature != null) {
                slots.put(slot.name(), feature);
            }
        }

        DialogueState state() {
            Map<String, String> features = new HashMap<>();
            features.put(DialogueState.PREV, prev == null ? DialogueState.ABSENT : prev);
            if (sawUser) {
                if (intent != null) {
                    features.put(DialogueState.INTENT, intent);
                }
                if (text != null) {
                    features.put(DialogueState.TEXT, text);
                }
                entities.forEach(e -> features.put(DialogueState.ENTITY_PREFIX + e, "1"));
            }
            slots.forEach((name, value) -> {
                if (!DialogueState.ABSENT.equals(value)) {
                    features.put(DialogueState.SLOT_PREFIX + name, value);
                }
            });
            features.put(DialogueState.LOOP, loop == null ? DialogueState.ABSENT : loop);
            return new DialogueState(features);
        }
    }
}
