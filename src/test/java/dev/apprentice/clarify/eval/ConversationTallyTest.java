package dev.apprentice.clarify.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTallyTest {

    private static ObjectNode event(String type) {
        return Json.object().put("event", type);
    }

    private static JsonNode question(String id, String span) {
        return question(id, "unknown_term", span);
    }

    private static JsonNode question(String id, String kind, String span) {
        ObjectNode question = event("apprentice_question").put("question_id", id)
                .put("kind", kind);
        question.putObject("span").put("text", span);
        return question;
    }

    private static JsonNode answer(String id, String outcome) {
        return event("apprentice_answer").put("question_id", id).put("outcome", outcome);
    }

    /** A teacher's conversation: definition and example answered, a second term skipped. */
    private static List<JsonNode> teaching() {
        return List.of(event("user"), question("q1", "Service Mesh"),
                event("action").put("name", "action_clarify"), event("user"),
                answer("q1", "taught"), question("q2", "Service Mesh"), event("user"),
                answer("q2", "example"), event("user"), question("q3", "sidecar"),
                event("user"), answer("q3", "skipped"), event("user"), question("q4", "proxy"));
    }

    @Test
    void counts_questions_and_answered() {
        ConversationTally tally = ConversationTally.of(teaching());

        assertThat(tally.questions()).isEqualTo(4);
        assertThat(tally.answered()).isEqualTo(2);
    }

    @Test
    void skipped_abandoned_and_open_questions_are_not_answered() {
        List<JsonNode> events = List.of(question("a", "x"), answer("a", "abandoned"),
                question("b", "y"), answer("b", "skipped"), question("c", "z"));

        ConversationTally tally = ConversationTally.of(events);

        assertThat(tally.questions()).isEqualTo(3);
        assertThat(tally.answered()).isZero();
    }

    @Test
    void chosen_and_neither_are_answers() {
        List<JsonNode> events = List.of(question("a", "x"), answer("a", "chosen"),
                question("b", "y"), answer("b", "neither"));

        assertThat(ConversationTally.of(events).answered()).isEqualTo(2);
    }

    @Test
    void answer_to_unknown_question_is_ignored() {
        List<JsonNode> events = List.of(answer("elsewhere", "taught"), question("a", "x"));

        assertThat(ConversationTally.of(events).answered()).isZero();
    }

    @Test
    void conversation_without_questions() {
        ConversationTally tally = ConversationTally.of(List.of(event("user"), event("bot")));

        assertThat(tally.questions()).isZero();
        assertThat(tally.answered()).isZero();
        assertThat(tally.askedAbout("Service Mesh")).isFalse();
    }

    @Test
    void asked_about_matches_span_inside_term_ignoring_case() {
        ConversationTally tally = ConversationTally.of(teaching());

        assertThat(tally.askedAbout("service mesh")).isTrue();
        assertThat(tally.askedAbout("Sidecar Proxy")).isTrue();
        assertThat(tally.askedAbout("Canary Deployment")).isFalse();
    }

    @Test
    void intent_question_is_not_about_term() {
        List<JsonNode> events = List.of(
                question("a", "uncertain_intent", "my Service Mesh is broken"),
                question("b", "ambiguous_term", "mesh"));

        ConversationTally tally = ConversationTally.of(events);

        assertThat(tally.questions()).isEqualTo(2);
        assertThat(tally.askedAbout()).containsExactly("mesh");
        assertThat(tally.askedAbout("Service Mesh")).isTrue();
        assertThat(tally.askedAbout("Service")).isFalse();
    }

    @Test
    void explained_from_memory_needs_taught_by() {
        assertThat(ConversationTally.explainedFromMemory(List.of("\"Service Mesh\": a layer"
                + " of proxies (taught by sim-teacher-0 on 4 Dec 2026)"))).isTrue();
        assertThat(ConversationTally.explainedFromMemory(
                List.of("I don't know what \"Service Mesh\" is yet. What is it?"))).isFalse();
    }

    @Test
    void pending_question_is_the_latest_unanswered() {
        List<JsonNode> events = teaching();

        JsonNode pending = SimulatedUser.pendingQuestion(events);

        assertThat(pending.path("question_id").asText()).isEqualTo("q4");
        assertThat(SimulatedUser.pendingQuestion(events.subList(0, 13))).isNull();
    }

    @Test
    void mode_figures_count_taught_terms_and_turns() {
        ConversationTally asked = ConversationTally.of(teaching());
        ConversationTally quiet = ConversationTally.of(List.of(event("user")));
        ModeFigures figures = new ModeFigures("teacher");

        figures.add("Service Mesh", true, new SimulatedUser.Outcome(asked, 3, quiet, true));
        figures.add("Service Mesh", true, new SimulatedUser.Outcome(asked, 5, asked, false));
        figures.add("Service Mesh", false, new SimulatedUser.Outcome(asked, 2, quiet, false));
        figures.add("Canary", true, new SimulatedUser.Outcome(quiet, 1, quiet, false));

        assertThat(figures.questionsPerConversation()).isEqualTo(16.0 / 8);
        assertThat(figures.shareAnswered()).isEqualTo(8.0 / 16);
        assertThat(figures.taught()).isEqualTo(2);
        assertThat(figures.explainedLater()).isEqualTo(1);
        assertThat(figures.askedAgain()).isEqualTo(1);
        assertThat(figures.meanTurnsToTeach()).isEqualTo(3.0);
        assertThat(figures.maxTurnsToTeach()).isEqualTo(3);
    }

    @Test
    void first_sentence_and_teaching_of_a_glossary_term() {
        GlossaryTerm term = new GlossaryTerm("Abstraction", GlossaryTerm.firstSentence(
                "In computing, an abstraction is a representation that hides specifics. A"
                        + " good example is your laptop's OS."));

        assertThat(term.sentence()).isEqualTo(
                "In computing, an abstraction is a representation that hides specifics.");
        assertThat(term.teaching("Abstraction"))
                .isEqualTo("Abstraction is a representation that hides specifics.");
    }
}
