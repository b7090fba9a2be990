package dev.apprentice.clarify;

import static dev.apprentice.clarify.Contexts.context;
import static dev.apprentice.clarify.Contexts.knowledge;
import static dev.apprentice.clarify.Contexts.term;
import static dev.apprentice.clarify.Contexts.vocabulary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.clarify.DoubtContext.Turn;
import dev.apprentice.knowledge.KnowledgeView;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmbiguousReferenceDetectorTest {

    private final AmbiguousReferenceDetector detector = new AmbiguousReferenceDetector();
    private final BotVocabulary vocabulary = vocabulary("my laptop and my printer");

    private List<Doubt> detect(String text, String... userTurns) {
        List<Turn> turns = java.util.Arrays.stream(userTurns).map(t -> new Turn(true, t))
                .toList();
        return detector.detect(context(text, turns, vocabulary, KnowledgeView.EMPTY));
    }

    @Test
    void two_candidates_in_one_turn_give_options() {
        List<Doubt> doubts = detect("can you restart it?",
                "my laptop and my printer both stopped working");

        assertThat(doubts).hasSize(1);
        Doubt doubt = doubts.get(0);
        assertThat(doubt.kind()).isEqualTo(DoubtKind.AMBIGUOUS_REFERENCE);
        assertThat(doubt.span()).isEqualTo(new Span(16, 18, "it"));
        assertThat(doubt.options()).extracting(DoubtOption::value)
                .containsExactlyInAnyOrder("laptop", "printer");
        assertThat(doubt.blocking()).isTrue();
        assertThat(doubt.explanation()).startsWith("I'm not sure whether 'it' means");
    }

    @Test
    void past_participle_of_a_domain_noun_is_no_candidate() {
        List<Doubt> doubts = detect("can you restart it?",
                "my laptop and my printer got licensed drivers");

        assertThat(doubts).hasSize(1);
        assertThat(doubts.get(0).options()).extracting(DoubtOption::value)
                .containsExactlyInAnyOrder("laptop", "printer");
    }

    @Test
    void one_candidate_gives_no_doubt() {
        assertThat(detect("can you restart it?", "my laptop stopped working")).isEmpty();
    }

    @Test
    void no_candidate_gives_a_weak_non_blocking_doubt() {
        List<Doubt> doubts = detect("it keeps crashing");

        assertThat(doubts).hasSize(1);
        assertThat(doubts.get(0).options()).isEmpty();
        assertThat(doubts.get(0).score()).isEqualTo(AmbiguousReferenceDetector.DEFAULT_NONE_SCORE);
        assertThat(doubts.get(0).blocking()).isFalse();
    }

    @Test
    void expletive_it_is_not_a_reference() {
        assertThat(AmbiguousReferenceDetector.references("it is raining again")).isEmpty();
        assertThat(AmbiguousReferenceDetector.references("thanks, it works now")).isEmpty();
        assertThat(AmbiguousReferenceDetector.references("is it possible to get a new badge?"))
                .isEmpty();
        assertThat(AmbiguousReferenceDetector.references("it seems the network is slow"))
                .isEmpty();
        assertThat(AmbiguousReferenceDetector.references("it's 5 pm already")).isEmpty();
        assertThat(AmbiguousReferenceDetector.references("got it, thanks")).isEmpty();
        assertThat(AmbiguousReferenceDetector.references("that fixed it")).isEmpty();
        assertThat(AmbiguousReferenceDetector.references("it says my account is disabled"))
                .isEmpty();
        assertThat(AmbiguousReferenceDetector.references("it's critical")).isEmpty();
        assertThat(AmbiguousReferenceDetector.references("it's INC661204")).isEmpty();
    }

    @Test
    void it_without_a_pattern_is_a_reference() {
        assertThat(AmbiguousReferenceDetector.references("it doesn't work"))
                .extracting(Span::text).containsExactly("it");
        assertThat(AmbiguousReferenceDetector.references("is it down?"))
                .extracting(Span::text).containsExactly("it");
    }

    @Test
    void demonstrative_before_a_noun_is_not_a_reference() {
        assertThat(AmbiguousReferenceDetector.references("that printer is broken")).isEmpty();
        assertThat(AmbiguousReferenceDetector.references("this morning the vpn failed"))
                .isEmpty();
        assertThat(AmbiguousReferenceDetector.references("I think that the vpn failed"))
                .isEmpty();
    }

    @Test
    void demonstrative_phrases_are_references() {
        assertThat(AmbiguousReferenceDetector.references("I want that one"))
                .extracting(Span::text).containsExactly("that one");
        assertThat(AmbiguousReferenceDetector.references("no, the other one"))
                .extracting(Span::text).containsExactly("the other one");
        assertThat(AmbiguousReferenceDetector.references("can you fix that?"))
                .extracting(Span::text).containsExactly("that");
        assertThat(AmbiguousReferenceDetector.references("they keep failing"))
                .extracting(Span::text).containsExactly("they");
    }

    @Test
    void other_one_of_two_resolves() {
        assertThat(detect("no, the other one", "my laptop and my printer both failed"))
                .isEmpty();
    }

    @Test
    void favourite_scores_below_tie() {
        List<Doubt> tie = detect("can you restart it?", "my laptop and my printer failed");
        List<Doubt> favourite = detect("I rebooted the printer but it still fails",
                "my laptop failed yesterday", "and the badge too");

        assertThat(tie).hasSize(1);
        assertThat(favourite).hasSize(1);
        assertThat(favourite.get(0).options().get(0).value()).isEqualTo("printer");
        assertThat(favourite.get(0).score()).isLessThan(tie.get(0).score());
    }

    @Test
    void names_and_knowledge_terms_are_candidates() {
        KnowledgeView memory = knowledge(term(1, "Orbix sync", List.of()));
        List<Turn> turns = List.of(new Turn(true, "the Orbix sync and the ZTNA gateway failed"));

        List<Doubt> doubts = detector.detect(context("is it down?", turns, vocabulary, memory));

        assertThat(doubts).hasSize(1);
        assertThat(doubts.get(0).options()).extracting(DoubtOption::value)
                .containsExactlyInAnyOrder("Orbix sync", "ZTNA gateway");
    }
}
