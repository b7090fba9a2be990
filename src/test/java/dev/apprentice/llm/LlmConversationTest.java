package dev.apprentice.llm;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import dev.apprentice.knowledge.KnowledgeService;
import dev.apprentice.knowledge.Provenance;
import dev.apprentice.knowledge.ReviewState;
import dev.apprentice.knowledge.Sense;
import dev.apprentice.llm.LlmStub.Reply;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The default bot with a language model, through the REST channel: each of the five jobs with
 * a good reply from the stub, and each fault falling back to the embedded engine while the turn
 * completes.
 */
@QuarkusTest
@TestProfile(LlmProfile.class)
class LlmConversationTest {

    private static final String CONFIDENT = "I forgot my password, please reset it";
    private static final String PORTAL = "the blue portal is failing for everyone";
    private static final String PORTAL_DOUBT = "{\"doubts\": [{\"kind\": \"unknown_term\","
            + " \"span\": \"blue portal\", \"score\": 0.95}, {\"kind\": \"unknown_term\","
            + " \"span\": \"purple gateway\", \"score\": 0.95}]}";

    LlmStub stub;

    @Inject
    KnowledgeService knowledge;

    @BeforeEach
    void resetStub() {
        stub.reset();
    }

    // Intents: the model's vote as a committee member.

    @Test
    void queue_ranking_sends_the_model_nothing() {
        List<String> utterances = List.of("the plotter prints only the first page",
                "the plotter prints every page twice", "the plotter prints in green");
        given().contentType(ContentType.JSON).body(utterances).post("/learning/queue/import")
                .then().statusCode(200);
        stub.reset();

        JsonNode queue = Json.MAPPER.valueToTree(given().get("/learning/queue?limit=10")
                .then().statusCode(200).extract().as(Map.class));

        assertThat(queue.path("items")).isNotEmpty();
        assertThat(stub.requests(LlmStub.INTENT)).isEmpty();
    }

    @Test
    void model_vote_against_the_classifier_raises_intent_question() {
        String sender = sender("vote");
        stub.script(LlmStub.INTENT, Reply.content("{\"intents\": {\"vpn_problem\": 1.0}}"));

        say(sender, CONFIDENT, "teacher");

        assertThat(last(sender, "apprentice_question").path("kind").asText())
                .isEqualTo("uncertain_intent");
        String sent = stub.requests(LlmStub.INTENT).get(0).toString();
        assertThat(sent).contains("reset_password").contains("please reset it");
    }

    @Test
    void intent_faults_fall_back_and_the_turn_completes() {
        List<Reply[]> faults = List.of(
                new Reply[] {Reply.content("vpn_problem, surely")},
                new Reply[] {Reply.content("{\"intents\": {\"order_pizza\": 1.0}}")},
                new Reply[] {Reply.slow(4_000, "{\"intents\": {\"vpn_problem\": 1.0}}")},
                new Reply[] {Reply.status(500), Reply.status(500)},
                new Reply[] {Reply.status(429), Reply.status(429)});
        for (Reply[] fault : faults) {
            String sender = sender("intent-fault");
            stub.script(LlmStub.INTENT, fault);

            JsonNode replies = say(sender, CONFIDENT, "teacher");

            assertThat(events(sender, "apprentice_question")).isEmpty();
            assertThat(replies).isNotEmpty();
        }
        assertThat(stub.requests(LlmStub.INTENT)).hasSize(7);
    }

    // Doubts, question wording and teaching answers.

    @Test
    void model_finds_missed_term_and_words_the_question() {
        String sender = sender("doubt");
        stub.script(LlmStub.DOUBT, Reply.content(PORTAL_DOUBT));
        stub.script(LlmStub.QUESTION, Reply.content(
                "{\"question\": \"Could you tell me what the blue portal is?\"}"));

        JsonNode replies = say(sender, PORTAL, "teacher");

        JsonNode question = last(sender, "apprentice_question");
        assertThat(question.path("kind").asText()).isEqualTo("unknown_term");
        assertThat(question.path("span").path("text").asText()).isEqualTo("blue portal");
        assertThat(replies.get(0).path("text").asText())
                .isEqualTo("Could you tell me what the blue portal is?");
        assertThat(replies.get(0).path("buttons")).isNotEmpty();
    }

    @Test
    void question_without_the_term_keeps_the_template() {
        String sender = sender("wording");
        stub.script(LlmStub.DOUBT, Reply.content(PORTAL_DOUBT));
        stub.script(LlmStub.QUESTION, Reply.content("{\"question\": \"Tell me more.\"}"));

        JsonNode replies = say(sender, PORTAL, "teacher");

        assertThat(replies.get(0).path("text").asText())
                .startsWith("I haven't met \"blue portal\" before.");
    }

    @Test
    void doubt_faults_leave_the_local_result() {
        String sender = sender("doubt-fault");
        stub.script(LlmStub.DOUBT, Reply.status(500), Reply.status(502));

        JsonNode replies = say(sender, PORTAL, "teacher");

        assertThat(events(sender, "apprentice_question")).isEmpty();
        assertThat(replies).isNotEmpty();
        assertThat(stub.requests(LlmStub.DOUBT)).hasSize(2);
    }

    @Test
    void model_reads_a_fact_from_the_teaching_answer() {
        String sender = sender("teach-fact");
        stub.script(LlmStub.DOUBT, Reply.content(PORTAL_DOUBT));
        say(sender, PORTAL, "teacher");
        stub.script(LlmStub.TEACHING, Reply.content("{\"kind\": \"fact\", \"subject\":"
                + " \"blue portal\", \"relation\": \"runs on\", \"object\": \"the Kestrel"
                + " cluster\"}"));

        JsonNode replies = say(sender, "it runs on the Kestrel cluster", "teacher");

        JsonNode learned = last(sender, "apprentice_learned");
        assertThat(learned.path("item").asText()).isEqualTo("fact");
        assertThat(texts(replies)).contains(
                "Thanks, I'll remember that blue portal runs on the Kestrel cluster.");
        assertThat(knowledge.facts("blue portal", sender)).singleElement()
                .satisfies(f -> assertThat(f.object()).isEqualTo("the Kestrel cluster"))
                .satisfies(f -> assertThat(f.review()).isEqualTo(ReviewState.PENDING));
    }

    @Test
    void invented_fact_falls_back_to_the_gloss() {
        String sender = sender("teach-invented");
        stub.script(LlmStub.DOUBT, Reply.content(PORTAL_DOUBT));
        say(sender, PORTAL, "partner");
        stub.script(LlmStub.TEACHING, Reply.content("{\"kind\": \"fact\", \"subject\":"
                + " \"blue portal\", \"relation\": \"runs on\", \"object\": \"Mars\"}"));

        say(sender, "blue portal is our supplier web site", "partner");

        JsonNode learned = last(sender, "apprentice_learned");
        assertThat(learned.path("item").asText()).isEqualTo("sense");
        assertThat(learned.path("gloss").asText()).isEqualTo("our supplier web site");
    }

    // Open questions, grounded in taught knowledge.

    @Test
    void model_answers_open_question_from_taught_sense() {
        String sender = sender("open");
        Sense sense = teachZorblat(sender);
        stub.script(LlmStub.ANSWER, Reply.content("{\"answer\": \"Zorblat is the nightly"
                + " billing export.\", \"used\": [\"sense-" + sense.id() + "\"],"
                + " \"mode\": \"teacher\"}"));

        say(sender, "hello there", "assistant");
        JsonNode replies = say(sender, "zorblat zorblat?", "assistant");

        assertThat(texts(replies)).last().isEqualTo("Zorblat is the nightly billing export."
                + " (I used what I was taught: \"Zorblat\" (sense " + sense.id() + ").)");
        JsonNode messages = stub.requests(LlmStub.ANSWER).get(0).path("messages");
        assertThat(messages.get(1).path("content").asText())
                .isEqualTo("<data name=\"user_message\">\nhello there\n</data>");
        assertThat(messages.get(messages.size() - 1).path("content").asText())
                .contains("[sense-" + sense.id() + "] \"Zorblat\" means the nightly billing")
                .contains("<data name=\"question\">\nzorblat zorblat?\n</data>");
        assertThat(last(sender, "apprentice_mode").path("value").asText())
                .isEqualTo("assistant");
    }

    @Test
    void model_that_cannot_ground_says_it_does_not_know() {
        String sender = sender("open-unknown");
        teachZorblat(sender);
        stub.script(LlmStub.ANSWER, Reply.content("{\"answer\": \"It costs 3 euros.\","
                + " \"used\": []}"));

        JsonNode replies = say(sender, "zorblat zorblat?", "assistant");

        assertThat(texts(replies)).last()
                .isEqualTo("I don't know that: nobody has taught me about it yet.");
    }

    @Test
    void answer_faults_fall_back_to_retrieval() {
        String sender = sender("open-fault");
        Sense sense = teachZorblat(sender);
        stub.script(LlmStub.ANSWER, Reply.content("{\"answer\": \"Yes.\", \"used\":"
                + " [\"sense-999999\"]}"));

        JsonNode replies = say(sender, "zorblat zorblat?", "assistant");

        assertThat(texts(replies)).last().isEqualTo("From what I have been taught: \"Zorblat\""
                + " means the nightly billing export job (sense " + sense.id() + ")");
    }

    // What leaves the process.

    @Test
    void personal_data_is_redacted_before_it_reaches_the_model() {
        String sender = sender("redact");
        stub.script(LlmStub.DOUBT, Reply.content(PORTAL_DOUBT));

        say(sender, "the blue portal is failing, mail jane.doe@example.com or call"
                + " +44 20 7946 0958", "teacher");

        List<String> sent = stub.requestTexts();
        assertThat(sent).isNotEmpty();
        assertThat(sent).allSatisfy(body -> assertThat(body).doesNotContain("jane.doe")
                .doesNotContain("7946"));
        assertThat(sent).anySatisfy(body -> assertThat(body).contains("mail [EMAIL] or call"
                + " [PHONE]"));
    }

    private Sense teachZorblat(String sender) {
        return knowledge.teachSense("Zorblat", "the nightly billing export job", List.of(),
                new Provenance(sender, sender, 0, "teacher", Instant.now()));
    }

    private static String sender(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonNode say(String sender, String text, String mode) {
        Map<String, Object> body = Map.of("sender", sender, "message", text,
                "metadata", Map.of("mode", mode));
        return read(given().contentType(ContentType.JSON).body(body)
                .post("/webhooks/rest/webhook").then().statusCode(200).extract().asString());
    }

    private static List<String> texts(JsonNode replies) {
        List<String> texts = new ArrayList<>();
        replies.forEach(r -> texts.add(r.path("text").asText(null)));
        return texts;
    }

    private static List<JsonNode> events(String sender, String name) {
        JsonNode tracker = read(given().get("/conversations/" + sender
                + "/tracker?include_events=ALL").then().statusCode(200).extract().asString());
        List<JsonNode> events = new ArrayList<>();
        tracker.path("events").forEach(e -> {
            if (name.equals(e.path("event").asText())) {
                events.add(e);
            }
        });
        return events;
    }

    private static JsonNode last(String sender, String name) {
        List<JsonNode> events = events(sender, name);
        assertThat(events).as("events named " + name).isNotEmpty();
        return events.get(events.size() - 1);
    }

    private static JsonNode read(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("invalid JSON: " + json, e);
        }
    }
}
