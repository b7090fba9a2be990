package dev.apprentice.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.event.Event;
import dev.apprentice.testsupport.TinyBot;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageProcessorTest {

    private final TinyBot bot = new TinyBot();

    @Test
    void first_message_starts_a_session() {
        TurnResult result = bot.say("s1", "/greet");

        List<String> types = result.newEvents().stream().map(Event::type).toList();
        assertThat(types).startsWith("action", "session_started", "action", "user");
        assertThat(result.newEvents().get(0).name()).isEqualTo("action_session_start");
        assertThat(TinyBot.texts(result)).containsExactly("Hello None!");
    }

    @Test
    void entity_fills_slot_and_response_uses_it() {
        TurnResult result = bot.say("s2", "/greet{\"city\": \"Oslo\"}");

        assertThat(result.tracker().slot("city").asText()).isEqualTo("Oslo");
        assertThat(TinyBot.texts(result)).containsExactly("Hello Oslo!");
    }

    @Test
    void form_asks_each_slot_then_submits() {
        assertThat(TinyBot.texts(bot.say("s3", "/inform"))).containsExactly("Which city?");
        assertThat(TinyBot.texts(bot.say("s3", "/inform{\"city\": \"Rome\"}")))
                .containsExactly("Your name?");

        TurnResult last = bot.say("s3", "Ada");

        assertThat(TinyBot.texts(last)).containsExactly("Booked Ada to Rome.");
        assertThat(last.tracker().activeLoopName()).isNull();
        assertThat(last.tracker().slot("requested_slot").isNull()).isTrue();
    }

    @Test
    void chitchat_inside_the_form_is_rejected_then_answered_then_the_form_asks_again() {
        bot.say("s4", "/inform");

        TurnResult result = bot.say("s4", "/chitchat");

        assertThat(TinyBot.texts(result)).containsExactly("Let's stay on topic.", "Which city?");
        assertThat(result.newEvents()).anyMatch(e -> e.is("action_execution_rejected"));
        assertThat(result.tracker().activeLoopName()).isEqualTo("trip_form");
    }

    @Test
    void restart_clears_slots_and_starts_a_new_session() {
        bot.say("s5", "/greet{\"city\": \"Oslo\"}");

        TurnResult result = bot.say("s5", "/restart");

        List<String> names = result.newEvents().stream()
                .map(e -> e.type() + ":" + e.name()).toList();
        assertThat(names).containsSubsequence("action:action_restart", "restart:null",
                "action:action_session_start", "session_started:null", "action:action_listen");
        assertThat(result.tracker().slot("city").isNull()).isTrue();
        assertThat(TinyBot.texts(result)).containsExactly("Starting over.");
    }

    @Test
    void expired_session_starts_anew_and_carries_slots() {
        bot.say("s6", "/greet{\"city\": \"Oslo\"}");
        bot.now.set(bot.now.get() + 61 * 60);

        TurnResult result = bot.say("s6", "/greet");

        assertThat(result.newEvents().get(0).name()).isEqualTo("action_session_start");
        assertThat(result.newEvents()).anyMatch(e -> e.is("slot") && "city".equals(e.name()));
        assertThat(TinyBot.texts(result)).containsExactly("Hello Oslo!");
    }

    @Test
    void unknown_message_falls_back_and_is_rewound() {
        TurnResult result = bot.say("s7", "something else entirely");

        assertThat(TinyBot.texts(result)).containsExactly("Sorry?");
        assertThat(result.newEvents()).anyMatch(e -> e.is("rewind"));
        assertThat(result.tracker().latestText()).isNull();
    }

    @Test
    void stored_events_rebuild_the_same_tracker() {
        bot.say("s8", "/inform{\"city\": \"Rome\"}");

        var stored = bot.processor.tracker("s8");

        assertThat(stored.activeLoopName()).isEqualTo("trip_form");
        assertThat(stored.slot("requested_slot").asText()).isEqualTo("name");
        assertThat(stored.slot("city").asText()).isEqualTo("Rome");
    }
}
