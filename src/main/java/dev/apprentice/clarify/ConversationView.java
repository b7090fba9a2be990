package dev.apprentice.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.event.Event;
import dev.apprentice.tracker.DialogueStateTracker;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads the clarification state of a conversation from its events: the mode (the latest
 * {@code apprentice_mode} event, else a {@code mode} slot, else the default), the question still
 * waiting for an answer, the recent turns, and how many user turns there were.
 */
final class ConversationView {

    static final String MODE_EVENT = "apprentice_mode";
    static final String ANSWER_EVENT = "apprentice_answer";

    private ConversationView() {
    }

    static Mode mode(DialogueStateTracker tracker, Mode fallback) {
        List<Event> events = tracker.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).is(MODE_EVENT)) {
                Optional<Mode> mode = Mode.parse(events.get(i).get("value").asText(null));
                if (mode.isPresent()) {
                    return mode.get();
                }
            }
        }
        JsonNode slot = tracker.slot("mode");
        return Mode.parse(slot.isNull() ? null : slot.asText()).orElse(fallback);
    }

    /** Returns the latest question of the session that has no answer yet. */
    static Optional<Question> pendingQuestion(DialogueStateTracker tracker) {
        List<Event> events = tracker.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            Event event = events.get(i);
            if (event.is(ANSWER_EVENT) || event.is("session_started") || event.is("restart")) {
                return Optional.empty();
            }
            if (event.is(Question.EVENT)) {
                return Optional.of(Question.fromJson(event.json()));
            }
        }
        return Optional.empty();
    }

    static List<DoubtContext.Turn> recentTurns(DialogueStateTracker tracker, int count) {
        Deque<DoubtContext.Turn> turns = new ArrayDeque<>();
        List<Event> events = tracker.events();
        for (int i = events.size() - 1; i >= 0 && turns.size() < count; i--) {
            Event event = events.get(i);
            if (event.is("session_started") || event.is("restart")) {
                break;
            }
            if ((event.is("user") || event.is("bot")) && event.text() != null) {
                turns.addFirst(new DoubtContext.Turn(event.is("user"), event.text()));
            }
        }
        return List.copyOf(turns);
    }

    static int userTurns(DialogueStateTracker tracker) {
        return (int) tracker.events().stream().filter(e -> e.is("user")).count();
    }
}
