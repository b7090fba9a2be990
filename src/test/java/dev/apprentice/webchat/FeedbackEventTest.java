package dev.apprentice.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.event.Event;
import dev.apprentice.event.EventValidator;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.testsupport.TestBots;
import dev.apprentice.tracker.DialogueStateTracker;
import dev.apprentice.tracker.EventVerbosity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The web chat's own events pass validation and leave the dialogue state alone on replay. */
class FeedbackEventTest {

    @Test
    void feedback_event_passes_validation() throws Exception {
        var body = Json.MAPPER.readTree("[{\"event\":\"apprentice_feedback\",\"value\":\"down\","
                + "\"message_timestamp\":2.0,\"timestamp\":3.0},"
                + "{\"event\":\"apprentice_learned\",\"text\":\"VPN means the office network\"}]");

        assertThat(EventValidator.validate(body)).hasSize(2);
    }

    @Test
    void replay_ignores_feedback_and_learned_events() {
        List<Event> history = new ArrayList<>(List.of(
                Events.slot("name", Json.valueOf("Ada"), 1.0),
                Events.bot("Hello Ada", Json.object(), Json.object(), 2.0)));
        DialogueStateTracker plain = new DialogueStateTracker("s", TestBots.domain(), history);
        history.add(FeedbackResource.feedbackEvent("down", 2.0).withTimestamp(3.0));
        history.add(Event.fromJson(Json.object().put("event", "apprentice_learned")
                .put("text", "<b>not html</b>"), 4.0));

        DialogueStateTracker withFeedback =
                new DialogueStateTracker("s", TestBots.domain(), history);

        assertThat(withFeedback.slots()).isEqualTo(plain.slots());
        assertThat(withFeedback.latestIntent()).isEqualTo(plain.latestIntent());
        assertThat(withFeedback.currentState(EventVerbosity.ALL).path("events")).hasSize(4);
    }
}
