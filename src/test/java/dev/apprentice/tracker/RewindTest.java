package dev.apprentice.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.testsupport.TestBots;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RewindTest {

    private static final String CLARIFY = "ClarificationPolicy";

    @Test
    void rewind_drops_the_last_user_turn() {
        List<Event> events = earlierTurn();
        events.add(Events.action("action_listen", null, null, false, 5));
        events.add(user("zorblat?", "nlu_fallback", 6));
        events.add(Events.action("action_default_fallback", "RulePolicy", 1.0, false, 7));

        DialogueStateTracker tracker = tracker(events);
        tracker.update(Events.plain("rewind", 8));

        assertThat(tracker.latestActionName()).isEqualTo("utter_out_of_scope");
        assertThat(tracker.latestText()).isEqualTo("how is the weather on mars?");
    }

    @Test
    void rewind_of_a_resumed_request_drops_its_clarification() {
        List<Event> events = earlierTurn();
        events.add(Events.action("action_listen", null, null, false, 5));
        events.add(user("zorblat schedule", "out_of_scope", 6));
        events.add(Events.action("action_clarify", CLARIFY, 1.0, false, 7));
        events.add(Events.action("action_listen", CLARIFY, 1.0, false, 8));
        events.add(user("skip", "deny", 9));
        events.add(Events.action("action_learn_from_answer", CLARIFY, 1.0, false, 10));
        events.add(user("zorblat schedule", "nlu_fallback", 11));
        events.add(Events.action("action_default_fallback", "RulePolicy", 1.0, false, 12));

        DialogueStateTracker tracker = tracker(events);
        tracker.update(Events.plain("rewind", 13));

        assertThat(tracker.latestActionName()).isEqualTo("utter_out_of_scope");
        assertThat(tracker.latestText()).isEqualTo("how is the weather on mars?");
        assertThat(tracker.appliedEvents()).noneMatch(e -> e.is("user")
                && "zorblat schedule".equals(e.text()));
    }

    private static List<Event> earlierTurn() {
        List<Event> events = new ArrayList<>();
        events.add(Events.action("action_listen", null, null, false, 1));
        events.add(user("how is the weather on mars?", "out_of_scope", 2));
        events.add(Events.action("utter_out_of_scope", "RulePolicy", 1.0, false, 3));
        return events;
    }

    private static Event user(String text, String intent, double ts) {
        ObjectNode parse = Json.object();
        parse.putObject("intent").put("name", intent).put("confidence", 0.9);
        parse.put("text", text);
        return Events.user(text, parse, "rest", "m" + ts, Json.object(), ts);
    }

    private static DialogueStateTracker tracker(List<Event> events) {
        return new DialogueStateTracker("rewind-test", TestBots.domain(), events);
    }
}
