package dev.apprentice.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueQuestionTest {

    private static final QueueQuestion QUESTION = new QueueQuestion(7, "cannot log in",
            List.of("reset_password", "unlock_account"));

    @Test
    void wording_names_the_message_and_options() {
        assertThat(QUESTION.wording()).isEqualTo("Earlier someone wrote \"cannot log in\":"
                + " did they mean reset password or unlock account?");
    }

    @Test
    void buttons_cover_options_neither_and_skip() {
        Event bot = QUESTION.events(1.0).get(1);

        assertThat(bot.get("data").get("buttons")).extracting(b -> b.get("payload").asText())
                .containsExactly("/label reset_password", "/label unlock_account",
                        "/label neither", "/label skip");
    }

    @Test
    void replies_are_read_as_labels() {
        assertThat(QUESTION.read("/label unlock_account"))
                .contains(new QueueQuestion.Reply.Chosen("unlock_account"));
        assertThat(QUESTION.read("A")).contains(new QueueQuestion.Reply.Chosen("reset_password"));
        assertThat(QUESTION.read("b")).contains(new QueueQuestion.Reply.Chosen("unlock_account"));
        assertThat(QUESTION.read("Unlock account"))
                .contains(new QueueQuestion.Reply.Chosen("unlock_account"));
        assertThat(QUESTION.read("neither")).contains(new QueueQuestion.Reply.Neither());
        assertThat(QUESTION.read("/label skip")).contains(new QueueQuestion.Reply.Skip());
    }

    @Test
    void other_text_is_no_answer() {
        assertThat(QUESTION.read("my vpn is down")).isEmpty();
        assertThat(QUESTION.read("c")).isEmpty();
    }

    @Test
    void question_is_pending_until_the_next_user_message() {
        List<Event> asked = QUESTION.events(2.0);
        Event user = Events.user("A", Json.object(), "rest", "m", Json.object(), 3.0);

        assertThat(QueueQuestion.pending(asked)).contains(QUESTION);
        assertThat(QueueQuestion.pending(List.of(asked.get(0), asked.get(1), user))).isEmpty();
    }
}
