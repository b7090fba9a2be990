package dev.apprentice.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.nlg.ResponseRenderer;
import dev.apprentice.tracker.DialogueStateTracker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Rasa's default actions that need no action server. Each returns the events Rasa 3.6 returns;
 * where a default action utters a response that the domain does not define, the text Rasa
 * would use is sent instead.
 */
final class DefaultActions {

    private DefaultActions() {
    }

    /** Returns the default actions; the fallback first lets {@code answerer} try to answer. */
    static Map<String, Action> all(OpenQuestionAnswerer answerer) {
        Map<String, Action> actions = new LinkedHashMap<>();
        add(actions, "action_listen", (t, c) -> ActionResult.none());
        add(actions, "action_extract_slots", (t, c) -> ActionResult.none());
        add(actions, "action_unlikely_intent", (t, c) -> ActionResult.none());
        add(actions, "action_restart", DefaultActions::restart);
        add(actions, "action_session_start", DefaultActions::sessionStart);
        add(actions, "action_default_fallback", (t, c) -> defaultFallback(t, c, answerer));
        add(actions, "action_deactivate_loop", DefaultActions::deactivateLoop);
        add(actions, "action_back", DefaultActions::back);
        add(actions, "action_revert_fallback_events", (t, c) -> ActionResult.none());
        add(actions, "action_default_ask_affirmation", DefaultActions::askAffirmation);
        add(actions, "action_default_ask_rephrase", DefaultActions::askRephrase);
        add(actions, "action_two_stage_fallback", DefaultActions::twoStageFallback);
        return actions;
    }

    private static void add(Map<String, Action> actions, String name,
            BiFunction<DialogueStateTracker, ActionContext, ActionResult> body) {
        actions.put(name, new Action() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ActionResult run(DialogueStateTracker tracker, ActionContext context) {
                return body.apply(tracker, context);
            }
        });
    }

    private static ActionResult restart(DialogueStateTracker tracker, ActionContext c) {
        List<Event> events = new ArrayList<>();
        c.utter("utter_restart", tracker).ifPresent(events::add);
        events.add(Events.plain("restart", c.now()));
        return ActionResult.of(events);
    }

    /**
     * Starts a session: {@code session_started}, then the previous session's slots when the
     * domain carries them over, then the metadata of the message that opened the session.
     * Like Rasa's, the action's last event is the {@code action_listen} that opens the session.
     */
    private static ActionResult sessionStart(DialogueStateTracker tracker, ActionContext c) {
        List<Event> events = new ArrayList<>();
        events.add(Events.plain("session_started", c.now()));
        if (tracker.domain().sessionConfig().carryOverSlots()) {
            events.addAll(carriedSlots(tracker, c.now()));
        }
        JsonNode metadata = c.messageMetadata();
        if (metadata != null && metadata.isObject() && !metadata.isEmpty()
                && tracker.domain().slots().containsKey("session_started_metadata")) {
            events.add(Events.slot("session_started_metadata", metadata, c.now()));
        }
        events.add(Events.action("action_listen", null, null, false, c.now()));
        return ActionResult.of(events);
    }

    private static List<Event> carriedSlots(DialogueStateTracker tracker, double now) {
        Map<String, Event> latest = new LinkedHashMap<>();
        for (Event event : tracker.appliedEvents()) {
            if (event.is("slot") && !"session_started_metadata".equals(event.name())) {
                latest.put(event.name(), event.withTimestamp(now));
            }
        }
        return new ArrayList<>(latest.values());
    }

    /**
     * Sends the answerer's answer, else {@code utter_default}, and then reverts the user
     * message as Rasa's fallback does, so the dialogue policies see the turn as if it had not
     * happened whether or not the bot could answer.
     */
    // The clarifier runs first. It skips its uncertain-intent question when the memory covers a
    // message NLU could not place, so such a message reaches this fallback (UnlessMemoryAnswers).
    private static ActionResult defaultFallback(DialogueStateTracker tracker, ActionContext c,
            OpenQuestionAnswerer answerer) {
        List<Event> events = new ArrayList<>();
        String question = tracker.latestText();
        Optional<String> answer = question == null || question.isBlank() ? Optional.empty()
                : answerer.answer(tracker, question);
        if (answer.isPresent()) {
            events.add(plainBot(answer.get(), null, c.now()));
        } else {
            c.utter("utter_default", tracker).ifPresent(events::add);
        }
        events.add(Events.plain("rewind", c.now()));
        return ActionResult.of(events);
    }

    private static ActionResult deactivateLoop(DialogueStateTracker tracker, ActionContext c) {
        List<Event> events = new ArrayList<>();
        events.add(Events.activeLoop(null, c.now()));
        if (tracker.domain().slots().containsKey("requested_slot")) {
            events.add(Events.slot("requested_slot", null, c.now()));
        }
        return ActionResult.of(events);
    }

    private static ActionResult back(DialogueStateTracker tracker, ActionContext c) {
        List<Event> events = new ArrayList<>();
        c.utter("utter_back", tracker).ifPresent(events::add);
        events.add(Events.plain("rewind", c.now()));
        events.add(Events.plain("rewind", c.now()));
        return ActionResult.of(events);
    }

    private static ActionResult askRephrase(DialogueStateTracker tracker, ActionContext c) {
        Event event = c.utter("utter_ask_rephrase", tracker).orElseGet(() -> plainBot(
                "I'm sorry, I didn't quite understand that. Could you rephrase?",
                "utter_ask_rephrase", c.now()));
        return ActionResult.of(List.of(event));
    }

    /** Asks whether the top intent was meant, with buttons to confirm or reject it. */
    private static ActionResult askAffirmation(DialogueStateTracker tracker, ActionContext c) {
        String intent = topIntentOtherThanFallback(tracker).orElse(null);
        if (intent == null) {
            return askRephrase(tracker, c);
        }
        ObjectNode content = Json.object();
        content.put("text", "Did you mean '" + intent + "'?");
        content.putArray("buttons")
                .add(Json.object().put("title", "Yes").put("payload", "/" + intent))
                .add(Json.object().put("title", "No").put("payload", "/out_of_scope"));
        return ActionResult.of(List.of(
                ResponseRenderer.toEvent(null, content, Map.of(), c.now())));
    }

    // TODO: Rasa runs this as a loop (affirm, then rephrase, then affirm again, then give up);
    // here it only asks to rephrase and drops the unclear message, so a bot that relies on the
    // loop's later stages gets one rephrase request and then its normal policies.
    private static ActionResult twoStageFallback(DialogueStateTracker tracker, ActionContext c) {
        List<Event> events = new ArrayList<>(askRephrase(tracker, c).events());
        events.add(Events.plain("rewind", c.now()));
        return ActionResult.of(events);
    }

    private static Optional<String> topIntentOtherThanFallback(DialogueStateTracker tracker) {
        for (JsonNode ranked : tracker.latestMessage().path("intent_ranking")) {
            String name = ranked.path("name").asText(null);
            if (name != null && !"nlu_fallback".equals(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    static Event plainBot(String text, String action, double ts) {
        ObjectNode content = Json.object();
        content.put("text", text);
        return ResponseRenderer.toEvent(action, content, Map.of(), ts);
    }
}
