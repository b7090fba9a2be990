package dev.apprentice.clarify;

import static dev.apprentice.clarify.Contexts.context;
import static dev.apprentice.clarify.Contexts.knowledge;
import static dev.apprentice.clarify.Contexts.term;
import static dev.apprentice.clarify.Contexts.vocabulary;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.knowledge.KnowledgeView;
import dev.apprentice.nlu.EntityExtractor;
import dev.apprentice.nlu.ParseResult;
import dev.apprentice.nlu.ParseResult.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownTermDetectorTest {

    private final UnknownTermDetector detector = new UnknownTermDetector();
    private final BotVocabulary vocabulary = vocabulary("reset my password",
            "my printer is broken", "the Orbix sync is failing", "open a ticket");

    private List<Doubt> detect(String text) {
        return detector.detect(context(text, vocabulary, KnowledgeView.EMPTY));
    }

    @Test
    void acronym_and_following_noun_form_one_span() {
        List<Doubt> doubts = detect("the ZTNA gateway keeps dropping my connection");

        assertThat(doubts).hasSize(1);
        Doubt doubt = doubts.get(0);
        assertThat(doubt.span()).isEqualTo(new Span(4, 16, "ZTNA gateway"));
        assertThat(doubt.score()).isEqualTo(UnknownTermDetector.ACRONYM_SCORE);
        assertThat(doubt.kind()).isEqualTo(DoubtKind.UNKNOWN_TERM);
        assertThat(doubt.explanation()).isEqualTo("I haven't met 'ZTNA gateway' before.");
        assertThat(doubt.options()).isEmpty();
        assertThat(doubt.blocking()).isFalse();
    }

    @Test
    void capitalised_name_seen_only_in_examples_is_unknown() {
        List<Doubt> doubts = detect("the Orbix sync is failing for everyone");

        assertThat(doubts).extracting(d -> d.span().text()).containsExactly("Orbix sync");
        assertThat(doubts.get(0).score()).isEqualTo(UnknownTermDetector.NAME_SCORE);
    }

    @Test
    void verb_form_of_a_compound_head_does_not_extend_the_span() {
        List<Doubt> doubts = detect("the ZTNA synced again");

        assertThat(doubts).extracting(d -> d.span().text()).containsExactly("ZTNA");
    }

    @Test
    void taught_term_is_not_unknown() {
        KnowledgeView memory = knowledge(term(1, "ZTNA gateway", List.of("ZTNA")));

        List<Doubt> full = detector.detect(context(
                "the ZTNA gateway keeps dropping", vocabulary, memory));
        List<Doubt> alias = detector.detect(context("the ZTNA keeps dropping", vocabulary,
                memory));

        assertThat(full).isEmpty();
        assertThat(alias).isEmpty();
    }

    @Test
    void learned_term_is_not_unknown() {
        BotVocabulary taught = vocabulary("reset my password");
        taught.learn("Orbix");

        List<Doubt> doubts = detector.detect(context("the Orbix sync is failing", taught,
                KnowledgeView.EMPTY));

        assertThat(doubts).isEmpty();
    }

    @Test
    void typos_of_known_words_are_not_unknown() {
        assertThat(detect("pasword reset please")).isEmpty();
        assertThat(detect("my printr is brokn")).isEmpty();
        assertThat(detect("the sycn is failing")).isEmpty();
    }

    @Test
    void inflections_of_known_words_are_known() {
        assertThat(detect("my printers keep failing")).isEmpty();
        assertThat(detect("it stopped syncing")).isEmpty();
    }

    @Test
    void lower_case_rare_word_scores_below_acronym() {
        List<Doubt> doubts = detect("my flurbonator is broken");

        assertThat(doubts).extracting(d -> d.span().text()).containsExactly("flurbonator");
        assertThat(doubts.get(0).score()).isEqualTo(UnknownTermDetector.LOWER_SCORE);
    }

    @Test
    void numbers_ids_urls_and_mails_are_not_terms() {
        assertThat(detect("see ticket INC0012345 at https://desk.example.org/t/42")).isEmpty();
        assertThat(detect("mail me at jo.doe@example.org or 555 1234")).isEmpty();
    }

    @Test
    void entities_found_by_nlu_are_not_terms() {
        String text = "see ticket QX-77AB today";
        Entity ticket = new Entity("ticket_id", 11, 18, TextNode.valueOf("QX-77AB"),
                EntityExtractor.REGEX_EXTRACTOR, null, null, null, List.of());
        ParseResult parse = ParseResult.empty(text).withEntities(List.of(ticket));
        DoubtContext context = new DoubtContext(text, parse, List.of(), new double[0],
                List.of(), List.of(), Contexts.CONVERSATION, KnowledgeView.EMPTY, vocabulary);

        assertThat(detector.detect(context)).isEmpty();
    }

    @Test
    void capitalised_common_word_inside_sentence_is_a_weak_unknown_name() {
        List<Doubt> doubts = detect("my Kestrel password stopped working");

        assertThat(doubts).extracting(d -> d.span().text()).containsExactly("Kestrel");
        assertThat(doubts.get(0).score())
                .isEqualTo(UnknownTermDetector.COMMON_WORD_AS_NAME_SCORE);
        assertThat(doubts.get(0).explanation()).contains("ordinary word");
    }

    @Test
    void proper_nouns_of_the_word_list_are_known() {
        assertThat(detect("I need Linux on my laptop")).isEmpty();
        assertThat(detect("I need NASA on my laptop")).isEmpty();
    }

    @Test
    void close_bot_term_is_offered_as_did_you_mean() {
        BotVocabulary withTerm = vocabulary("reset my password");
        withTerm.learn("Orbix");

        List<Doubt> doubts = detector.detect(context("the Orbxi sync is failing", withTerm,
                KnowledgeView.EMPTY));

        assertThat(doubts).hasSize(1);
        assertThat(doubts.get(0).options()).extracting(DoubtOption::value)
                .containsExactly("orbix");
        assertThat(doubts.get(0).explanation()).contains("did you mean 'orbix'");
    }

    @Test
    void span_offsets_count_code_points() {
        List<Doubt> doubts = detect("\uD83D\uDE00 the ZTNA gateway");

        assertThat(doubts).hasSize(1);
        assertThat(doubts.get(0).span()).isEqualTo(new Span(6, 18, "ZTNA gateway"));
    }

    @Test
    void shouting_is_not_read_as_acronyms() {
        assertThat(detect("MY PRINTER IS BROKEN")).isEmpty();
    }
}
