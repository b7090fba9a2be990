package dev.apprentice.action.server.clarify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apprentice.clarify.Doubt;
import dev.apprentice.clarify.DoubtKind;
import dev.apprentice.clarify.Mode;
import dev.apprentice.clarify.Question;
import dev.apprentice.clarify.Span;
import dev.apprentice.json.Json;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PendingQuestionsTest {

    private final AtomicLong now = new AtomicLong(1_000);

    private static Question question(String term) {
        Doubt doubt = new Doubt(DoubtKind.UNKNOWN_TERM, new Span(0, term.length(), term),
                List.of(), 1.0, "unknown", false);
        return Question.about(doubt, Mode.TEACHER,
                new Question.Original(term, Json.object(), Json.object(), "rest"));
    }

    @Test
    void stored_question_is_returned_until_removed() {
        PendingQuestions pending = new PendingQuestions(now::get, 10);
        Question question = question("Orbix");

        pending.put("u1", question);

        assertThat(pending.get("u1")).contains(question);
        assertThat(pending.get("u2")).isEmpty();
        pending.remove("u1");
        assertThat(pending.get("u1")).isEmpty();
    }

    @Test
    void question_expires_after_ttl() {
        PendingQuestions pending = new PendingQuestions(now::get, 10);
        pending.put("u1", question("Orbix"));

        now.addAndGet(PendingQuestions.TTL_MILLIS);
        assertThat(pending.get("u1")).isPresent();
        now.incrementAndGet();

        assertThat(pending.get("u1")).isEmpty();
        assertThat(pending.size()).isZero();
    }

    @Test
    void full_store_drops_expired_then_oldest() {
        PendingQuestions pending = new PendingQuestions(now::get, 2);
        pending.put("old", question("A"));
        now.addAndGet(10);
        pending.put("middle", question("B"));
        now.addAndGet(10);

        pending.put("new", question("C"));

        assertThat(pending.size()).isEqualTo(2);
        assertThat(pending.get("old")).isEmpty();
        assertThat(pending.get("middle")).isPresent();
        assertThat(pending.get("new")).isPresent();
    }

    @Test
    void new_question_replaces_waiting_one() {
        PendingQuestions pending = new PendingQuestions(now::get, 1);
        pending.put("u1", question("A"));
        Question second = question("B");

        pending.put("u1", second);

        assertThat(pending.get("u1")).contains(second);
    }

    @Test
    void zero_capacity_is_rejected() {
        assertThatThrownBy(() -> new PendingQuestions(now::get, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxEntries");
    }
}
