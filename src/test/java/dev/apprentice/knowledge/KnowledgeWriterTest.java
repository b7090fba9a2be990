package dev.apprentice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that decides which stored row new teaching merges into. */
class KnowledgeWriterTest {

    private record Row(String name, ReviewState review, String conversation) {
    }

    private static final Provenance IN_A = new Provenance("bob", "a", 0, "teacher",
            Instant.EPOCH);

    private static List<Row> merge(List<Row> rows, ReviewState state) {
        return KnowledgeWriter.mergeTarget(rows, Row::review, Row::conversation, IN_A, state)
                .stream().toList();
    }

    @Test
    void untrusted_teaching_merges_into_approved_or_own_row() {
        Row approved = new Row("approved", ReviewState.APPROVED, "b");
        Row own = new Row("own", ReviewState.PENDING, "a");

        assertThat(merge(List.of(approved), ReviewState.PENDING)).containsExactly(approved);
        assertThat(merge(List.of(own), ReviewState.PENDING)).containsExactly(own);
    }

    @Test
    void untrusted_teaching_gets_its_own_row_beside_others() {
        Row elsewhere = new Row("elsewhere", ReviewState.PENDING, "b");
        Row rejected = new Row("rejected", ReviewState.REJECTED, "a");

        assertThat(merge(List.of(elsewhere, rejected), ReviewState.PENDING)).isEmpty();
    }

    @Test
    void trusted_teaching_takes_any_row() {
        Row rejected = new Row("rejected", ReviewState.REJECTED, "b");

        assertThat(merge(List.of(rejected), ReviewState.APPROVED)).containsExactly(rejected);
        assertThat(KnowledgeWriter.merged(ReviewState.REJECTED, ReviewState.APPROVED))
                .isEqualTo(ReviewState.APPROVED);
        assertThat(KnowledgeWriter.merged(ReviewState.PENDING, ReviewState.PENDING))
                .isEqualTo(ReviewState.PENDING);
    }
}
