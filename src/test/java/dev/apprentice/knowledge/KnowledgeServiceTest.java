package dev.apprentice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(KnowledgeProfile.class)
class KnowledgeServiceTest {

    @Inject
    KnowledgeService knowledge;

    @Inject
    KnowledgeStore store;

    @BeforeEach
    void emptyStore() {
        store.clear();
    }

    private static Provenance by(String sender, String conversation) {
        return new Provenance(sender, conversation, 1, "teacher", Instant.now());
    }

    private static List<String> names(List<Term> terms) {
        return terms.stream().map(Term::name).toList();
    }

    @Test
    void pending_sense_is_visible_only_in_its_conversation() {
        Sense sense = knowledge.teachSense("Orbix", "the billing system",
                List.of("Orbix is down"), by("bob", "conv-a"));

        assertThat(sense.review()).isEqualTo(ReviewState.PENDING);
        assertThat(knowledge.term("orbix", "conv-a")).isPresent();
        assertThat(knowledge.term("orbix", "conv-b")).isEmpty();
        assertThat(names(knowledge.terms("conv-a"))).containsExactly("Orbix");
        assertThat(knowledge.terms("conv-b")).isEmpty();
    }

    @Test
    void approved_sense_is_visible_everywhere() {
        Sense sense = knowledge.teachSense("Orbix", "the billing system", List.of(),
                by("bob", "conv-a"));

        knowledge.approve(ItemKind.SENSE, sense.id());

        Term seen = knowledge.term("ORBIX", "conv-b").orElseThrow();
        assertThat(seen.review()).isEqualTo(ReviewState.APPROVED);
        assertThat(seen.senses()).extracting(Sense::gloss).containsExactly("the billing system");
    }

    @Test
    void rejected_knowledge_is_never_visible() {
        Sense sense = knowledge.teachSense("Orbix", "the billing system", List.of(),
                by("bob", "conv-a"));
        Fact fact = knowledge.teachFact("Orbix", "runs on", "Kestrel", by("bob", "conv-a"));

        knowledge.reject(ItemKind.SENSE, sense.id());
        knowledge.reject(ItemKind.FACT, fact.id());

        assertThat(knowledge.term("Orbix", "conv-a").orElseThrow().senses()).isEmpty();
        assertThat(knowledge.facts("Orbix", "conv-a")).isEmpty();
        long termId = knowledge.term("Orbix", "conv-a").orElseThrow().id();
        knowledge.reject(ItemKind.TERM, termId);
        assertThat(knowledge.term("Orbix", "conv-a")).isEmpty();
    }

    @Test
    void alias_lookup_ignores_case_and_spacing() {
        knowledge.teachSense("Zero Trust Network Access", "access by identity, not network",
                List.of(), by(KnowledgeProfile.TRUSTED, "conv-a"));
        knowledge.addAlias("zero trust network access", "ZTNA", by(KnowledgeProfile.TRUSTED,
                "conv-a"));

        Term byAlias = knowledge.term("ztna", "conv-z").orElseThrow();
        Term byName = knowledge.term("  ZERO trust   network ACCESS ", "conv-z").orElseThrow();

        assertThat(byAlias.name()).isEqualTo("Zero Trust Network Access");
        assertThat(byAlias.aliases()).containsExactly("ZTNA");
        assertThat(byName.id()).isEqualTo(byAlias.id());
    }

    @Test
    void shared_alias_matches_every_term_name_first() {
        Provenance teacher = by(KnowledgeProfile.TRUSTED, "conv-a");
        knowledge.addAlias("Continuous Delivery", "CD", teacher);
        knowledge.addAlias("Continuous Deployment", "CD", teacher);
        knowledge.addAlias("CD", "compact disc", teacher);

        assertThat(names(knowledge.termsMatching("cd", "conv-b")))
                .containsExactly("CD", "Continuous Delivery", "Continuous Deployment");
        assertThat(knowledge.term("cd", "conv-b").orElseThrow().name()).isEqualTo("CD");
    }

    @Test
    void trusted_teaching_is_approved_at_once() {
        ObjectNode teacher = Json.object().put("teacher_token", KnowledgeProfile.TEACHER_TOKEN);
        ObjectNode wrong = Json.object().put("teacher_token", "guess");

        Sense bySender = knowledge.teachSense("Kestrel", "the cluster", List.of(),
                by(KnowledgeProfile.TRUSTED, "conv-a"));
        Sense byToken = knowledge.teachSense("Heron", "the backup host", List.of(),
                by("carol", "conv-c"), teacher);
        Sense byGuess = knowledge.teachSense("Osprey", "the mail relay", List.of(),
                by("dave", "conv-d"), wrong);

        assertThat(bySender.review()).isEqualTo(ReviewState.APPROVED);
        assertThat(byToken.review()).isEqualTo(ReviewState.APPROVED);
        assertThat(byGuess.review()).isEqualTo(ReviewState.PENDING);
        assertThat(knowledge.isTrusted("carol", teacher)).isTrue();
        assertThat(knowledge.isTrusted("carol", wrong)).isFalse();
        assertThat(knowledge.isTrusted("second-teacher", null)).isTrue();
        assertThat(names(knowledge.terms("conv-x"))).containsExactly("Heron", "Kestrel");
    }

    @Test
    void same_teaching_in_two_conversations() {
        knowledge.teachSense("Orbix", "the billing system", List.of("a"), by("bob", "conv-a"));
        knowledge.teachSense("orbix", "The  billing system", List.of("b"), by("eve", "conv-b"));

        assertThat(knowledge.term("Orbix", "conv-a").orElseThrow().senses().get(0).examples())
                .containsExactly("a");
        assertThat(knowledge.term("Orbix", "conv-b").orElseThrow().senses().get(0).examples())
                .containsExactly("b");
        assertThat(knowledge.listSenses(ReviewFilter.ALL)).hasSize(2);
    }

    @Test
    void teaching_again_in_one_conversation_adds_examples() {
        knowledge.teachSense("Orbix", "the billing system", List.of("a"), by("bob", "conv-a"));
        Sense again = knowledge.teachSense("Orbix", "the billing system", List.of("A", "b"),
                by("bob", "conv-a"));

        assertThat(again.examples()).containsExactly("a", "b");
        assertThat(knowledge.listSenses(ReviewFilter.ALL)).hasSize(1);
    }

    @Test
    void untrusted_examples_leave_an_approved_sense_unchanged() {
        knowledge.teachSense("Orbix", "the billing system", List.of("a"),
                by(KnowledgeProfile.TRUSTED, "conv-t"));
        Sense merged = knowledge.teachSense("Orbix", "the billing system", List.of("b"),
                by("bob", "conv-a"));

        assertThat(merged.review()).isEqualTo(ReviewState.APPROVED);
        assertThat(merged.examples()).containsExactly("a");
        assertThat(knowledge.listSenses(ReviewFilter.ALL)).hasSize(1);
    }

    @Test
    void approved_duplicate_sense_is_merged() {
        Sense first = knowledge.teachSense("Orbix", "the billing system", List.of("a"),
                by("bob", "conv-a"));
        Sense second = knowledge.teachSense("Orbix", "the billing system", List.of("b"),
                by("eve", "conv-b"));

        knowledge.approve(ItemKind.SENSE, first.id());
        knowledge.approve(ItemKind.SENSE, second.id());

        assertThat(knowledge.listSenses(ReviewFilter.ALL)).hasSize(1);
        assertThat(knowledge.term("Orbix", "conv-x").orElseThrow().senses().get(0).examples())
                .containsExactly("a", "b");
    }

    @Test
    void approving_a_term_approves_its_pending_parts() {
        knowledge.teachSense("Orbix", "the billing system", List.of(), by("bob", "conv-a"));
        Term term = knowledge.addAlias("Orbix", "ORB", by("bob", "conv-a"));

        knowledge.approve(ItemKind.TERM, term.id());

        Term seen = knowledge.term("orb", "conv-b").orElseThrow();
        assertThat(seen.aliases()).containsExactly("ORB");
        assertThat(seen.senses()).hasSize(1);
        assertThat(knowledge.listAliases(new ReviewFilter(ReviewState.PENDING, null))).isEmpty();
    }

    @Test
    void review_transitions_can_be_reversed() {
        Sense sense = knowledge.teachSense("Orbix", "the billing system", List.of(),
                by("bob", "conv-a"));

        knowledge.approve(ItemKind.SENSE, sense.id());
        knowledge.reject(ItemKind.SENSE, sense.id());
        ReviewState afterReject = knowledge.getSense(sense.id()).sense().review();
        knowledge.approve(ItemKind.SENSE, sense.id());

        assertThat(afterReject).isEqualTo(ReviewState.REJECTED);
        assertThat(knowledge.getSense(sense.id()).sense().review())
                .isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void edit_and_delete_change_what_is_seen() {
        Sense sense = knowledge.teachSense("Orbix", "the billing system", List.of(),
                by(KnowledgeProfile.TRUSTED, "conv-a"));
        long termId = knowledge.term("Orbix", "conv-a").orElseThrow().id();

        knowledge.editSense(sense.id(), "the invoicing system", List.of("Orbix sent it"));
        knowledge.editTerm(termId, "Orbix Billing", List.of("Orbix", "OB"));

        Term edited = knowledge.term("ob", "conv-b").orElseThrow();
        assertThat(edited.name()).isEqualTo("Orbix Billing");
        assertThat(edited.aliases()).containsExactly("Orbix", "OB");
        assertThat(edited.senses().get(0).gloss()).isEqualTo("the invoicing system");
        knowledge.delete(ItemKind.TERM, termId);
        assertThat(knowledge.term("orbix", "conv-a")).isEmpty();
        assertThat(knowledge.listSenses(ReviewFilter.ALL)).isEmpty();
    }

    @Test
    void rename_onto_another_term_is_a_conflict() {
        knowledge.teachSense("Orbix", "the billing system", List.of(), by("bob", "conv-a"));
        knowledge.teachSense("Kestrel", "the cluster", List.of(), by("bob", "conv-a"));
        long kestrel = knowledge.term("Kestrel", "conv-a").orElseThrow().id();

        assertThatThrownBy(() -> knowledge.editTerm(kestrel, "ORBIX", null))
                .isInstanceOf(KnowledgeException.class)
                .extracting(e -> ((KnowledgeException) e).reason())
                .isEqualTo(KnowledgeException.Reason.CONFLICT);
    }

    @Test
    void blank_input_and_unknown_ids_are_rejected() {
        assertThatThrownBy(() -> knowledge.teachSense(" ", "gloss", List.of(),
                by("bob", "conv-a")))
                .hasMessage("'term' must not be blank.");
        assertThatThrownBy(() -> knowledge.approve(ItemKind.FACT, 987654))
                .hasMessage("No fact with id 987654 is stored.");
    }

    @Test
    void facts_are_found_through_aliases() {
        Provenance teacher = by(KnowledgeProfile.TRUSTED, "conv-a");
        knowledge.addAlias("Orbix", "ORB", teacher);
        knowledge.teachFact("ORB", "runs on", "Kestrel", teacher);
        knowledge.teachFact("orbix", "is owned by", "Finance", teacher);

        assertThat(knowledge.facts("Orbix", "conv-b")).extracting(Fact::object)
                .containsExactly("Kestrel", "Finance");
        assertThat(knowledge.facts("nothing", "conv-b")).isEmpty();
    }

    @Test
    void labelled_examples_wait_for_approval_before_training() {
        LabelledExample pending = knowledge.addLabelledExample("orbix is down", "report_outage",
                by("bob", "conv-a"));
        LabelledExample trusted = knowledge.addLabelledExample("reset my token", "reset",
                by(KnowledgeProfile.TRUSTED, "conv-t"));

        assertThat(knowledge.labelledExamples("conv-a")).hasSize(2);
        assertThat(knowledge.labelledExamples("conv-b")).containsExactly(trusted);
        assertThat(knowledge.unappliedExamples()).containsExactly(trusted);
        knowledge.markApplied(List.of(trusted.id()));
        assertThat(knowledge.unappliedExamples()).isEmpty();
        assertThat(pending.applied()).isFalse();
    }

    @Test
    void similar_senses_rank_the_matching_sense_first() {
        Provenance teacher = by(KnowledgeProfile.TRUSTED, "conv-a");
        knowledge.teachSense("Python", "a programming language for scripts",
                List.of("my Python script fails"), teacher);
        knowledge.teachSense("Python", "a large snake", List.of("a python at the zoo"), teacher);
        knowledge.teachSense("Kestrel", "the database cluster", List.of(), teacher);

        List<ScoredSense> ranked = knowledge.rankSenses("python",
                "the python code throws an exception", "conv-b");
        List<ScoredSense> similar = knowledge.similarSenses("the snake in the zoo", "conv-b", 2);

        assertThat(ranked).hasSize(2);
        assertThat(ranked.get(0).sense().gloss()).contains("programming");
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
        assertThat(similar).hasSize(2);
        assertThat(similar.get(0).sense().gloss()).isEqualTo("a large snake");
    }

    @Test
    void export_import_round_trip_into_empty_store() {
        knowledge.teachSense("Orbix", "the billing system", List.of("Orbix is down"),
                by("bob", "conv-a"));
        knowledge.addAlias("Orbix", "ORB", by(KnowledgeProfile.TRUSTED, "conv-t"));
        Fact fact = knowledge.teachFact("Orbix", "runs on", "Kestrel", by("bob", "conv-a"));
        knowledge.reject(ItemKind.FACT, fact.id());
        knowledge.addLabelledExample("orbix is down", "report_outage", by("bob", "conv-a"));
        ObjectNode exported = knowledge.export();

        store.clear();
        ImportReport report = knowledge.importAll(exported.toString());
        ObjectNode again = knowledge.export();

        assertThat(report.termsAdded()).containsExactly("Orbix");
        assertThat(report.aliasesAdded()).isEqualTo(1);
        assertThat(report.sensesAdded()).isEqualTo(1);
        assertThat(report.factsAdded()).isEqualTo(1);
        assertThat(report.examplesAdded()).isEqualTo(1);
        assertThat(withoutTime(again)).isEqualTo(withoutTime(exported));
        assertThat(knowledge.term("orb", "conv-a").orElseThrow().senses()).hasSize(1);
        assertThat(knowledge.term("orb", "conv-b").orElseThrow().senses()).isEmpty();
    }

    @Test
    void import_merges_into_stored_terms_and_is_idempotent() {
        knowledge.teachSense("Orbix", "the billing system", List.of(),
                by(KnowledgeProfile.TRUSTED, "conv-t"));
        String document = """
                {"version": 1, "terms": [
                  {"name": "ORBIX", "aliases": ["ORB"], "senses": [
                    {"gloss": "the billing system"}, {"gloss": "a brand of printer"}]},
                  {"name": "Kestrel", "senses": [{"gloss": "the cluster"}]}],
                 "facts": [{"subject": "Orbix", "relation": "runs on", "object": "Kestrel"}]}
                """;

        ImportReport first = knowledge.importAll(document);
        ImportReport second = knowledge.importAll(document);

        assertThat(first.termsAdded()).containsExactly("Kestrel");
        assertThat(first.aliasesAdded()).isEqualTo(1);
        assertThat(first.sensesAdded()).isEqualTo(2);
        assertThat(first.factsAdded()).isEqualTo(1);
        assertThat(first.unchanged()).isEqualTo(2);
        assertThat(second.termsAdded()).isEmpty();
        assertThat(second.sensesAdded() + second.aliasesAdded() + second.factsAdded()).isZero();
        assertThat(second.unchanged()).isEqualTo(7);
        Term orbix = knowledge.term("orb", "conv-x").orElseThrow();
        assertThat(orbix.name()).isEqualTo("Orbix");
        assertThat(orbix.senses()).hasSize(2);
    }

    @Test
    void bad_import_stores_nothing() {
        assertThatThrownBy(() -> knowledge.importAll("{\"version\": 1, \"terms\": ["))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("The document is not valid JSON");
        assertThatThrownBy(() -> knowledge.importAll("""
                {"version": 1, "terms": [{"name": "Good"}, {"name": ""}]}
                """))
                .hasMessageStartingWith("terms[1].name");

        assertThat(knowledge.listTerms(ReviewFilter.ALL)).isEmpty();
    }

    private static JsonNode withoutTime(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("exported_at");
        return copy;
    }
}
