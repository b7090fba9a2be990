package dev.apprentice.clarify;

import static dev.apprentice.clarify.Contexts.context;
import static dev.apprentice.clarify.Contexts.knowledge;
import static dev.apprentice.clarify.Contexts.sense;
import static dev.apprentice.clarify.Contexts.term;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.knowledge.ReviewState;
import dev.apprentice.knowledge.Sense;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmbiguousTermDetectorTest {

    private final AmbiguousTermDetector detector =
            new AmbiguousTermDetector(new WordHashEmbedder(), 0.05);

    private final KnowledgeView memory = knowledge(term(1, "Falcon", List.of("FLC"),
            sense(10, "expense tool", "submit expenses in Falcon"),
            sense(11, "build server", "Falcon builds android apps")));

    private List<Doubt> detect(String text) {
        return detector.detect(context(text, null, memory));
    }

    @Test
    void context_without_clues_leaves_the_senses_tied() {
        List<Doubt> doubts = detect("Falcon is down");

        assertThat(doubts).hasSize(1);
        Doubt doubt = doubts.get(0);
        assertThat(doubt.kind()).isEqualTo(DoubtKind.AMBIGUOUS_TERM);
        assertThat(doubt.span()).isEqualTo(new Span(0, 6, "Falcon"));
        assertThat(doubt.options()).extracting(DoubtOption::value)
                .containsExactlyInAnyOrder("10", "11");
        assertThat(doubt.explanation())
                .isEqualTo("I know two meanings of 'Falcon' and can't tell which one you mean.");
        assertThat(doubt.blocking()).isTrue();
    }

    @Test
    void context_that_matches_one_sense_gives_no_doubt() {
        assertThat(detect("I need to submit expenses in Falcon")).isEmpty();
        assertThat(detect("android builds fail on FLC")).isEmpty();
    }

    @Test
    void term_with_one_visible_sense_is_not_ambiguous() {
        Sense rejected = new Sense(21, "a bird", List.of(), null, ReviewState.REJECTED);
        KnowledgeView oneSense = knowledge(term(2, "Kestrel", List.of(),
                sense(20, "the identity provider"), rejected));

        assertThat(detector.detect(context("Kestrel is down", null, oneSense))).isEmpty();
    }

    @Test
    void best_sense_comes_first() {
        List<AmbiguousTermDetector.ScoredSense> scored = detector.score(
                "submit expenses", memory.terms("c1").get(0).senses());

        assertThat(scored.get(0).sense().id()).isEqualTo(10);
        assertThat(scored.get(0).similarity()).isGreaterThan(scored.get(1).similarity());
    }
}
