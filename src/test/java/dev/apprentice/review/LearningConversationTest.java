package dev.apprentice.review;

import static dev.apprentice.review.Chat.get;
import static dev.apprentice.review.Chat.intentOf;
import static dev.apprentice.review.Chat.otherThan;
import static dev.apprentice.review.Chat.queue;
import static dev.apprentice.review.Chat.texts;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Corrections, teacher-mode questions about queued messages and ratings, in conversations with
 * the running default bot through the REST channel.
 */
@QuarkusTest
@TestProfile(LearningProfile.class)
class LearningConversationTest {

    @Test
    void trusted_correction_applies_at_once() {
        String text = "the projector in room six shows only blue";
        Chat chat = new Chat("correct-trusted", true);
        String target = otherThan(intentOf(text), "report_outage", "open_ticket");

        chat.say(text);
        JsonNode replies = chat.say("/correct " + target);
        JsonNode correction = chat.last("apprentice_correction");

        assertThat(correction.path("text").asText()).isEqualTo(text);
        assertThat(correction.path("intent").asText()).isEqualTo(target);
        assertThat(correction.path("review").asText()).isEqualTo("approved");
        assertThat(correction.path("applied").asBoolean()).isTrue();
        assertThat(texts(replies).get(0)).startsWith("Thanks. I now read");
        assertThat(intentOf(text)).isEqualTo(target);
    }

    @Test
    void untrusted_correction_waits_for_approval() {
        String text = "someone parked a forklift in front of the server room";
        Chat chat = new Chat("correct-untrusted", false);
        String before = intentOf(text);
        String target = otherThan(before, "report_outage", "open_ticket");

        chat.say(text);
        chat.say("/correct " + target);
        JsonNode correction = chat.last("apprentice_correction");
        String waiting = intentOf(text);
        given().post("/knowledge/examples/" + correction.path("example").asLong() + "/approve")
                .then().statusCode(200);

        assertThat(correction.path("review").asText()).isEqualTo("pending");
        assertThat(correction.path("applied").asBoolean()).isFalse();
        assertThat(waiting).isEqualTo(before);
        assertThat(intentOf(text)).isEqualTo(target);
    }

    @Test
    void correction_without_intent_offers_intents() {
        Chat chat = new Chat("correct-choice", false);

        chat.say("my monitor flickers when the heating is on");
        JsonNode replies = chat.say("/correct");

        List<String> payloads = new ArrayList<>();
        replies.get(0).path("buttons").forEach(b -> payloads.add(b.path("payload").asText()));
        assertThat(payloads).isNotEmpty().allMatch(p -> p.startsWith("/correct "));
    }

    @Test
    void correction_with_unknown_intent_changes_nothing() {
        Chat chat = new Chat("correct-unknown", true);

        chat.say("the lift is stuck again");
        JsonNode replies = chat.say("/correct order_pizza");

        assertThat(texts(replies).get(0)).contains("'order_pizza' is not an intent");
        assertThat(chat.events("apprentice_correction")).isEmpty();
    }

    @Test
    void correction_abandons_a_clarifying_question() {
        Chat chat = new Chat("correct-abandons", false);
        chat.say("/mode partner");
        chat.say("hmm, the lights on the dock blink orange");
        JsonNode question = chat.last("apprentice_question");

        chat.say("/correct report_outage");
        chat.say("thanks");
        JsonNode answer = chat.last("apprentice_answer");

        assertThat(question.path("kind").asText()).isEqualTo("uncertain_intent");
        assertThat(answer.path("question_id").asText())
                .isEqualTo(question.path("question_id").asText());
        assertThat(answer.path("outcome").asText()).isEqualTo("abandoned");
        assertThat(chat.events("apprentice_answer")).hasSize(1);
        assertThat(chat.events("apprentice_learned")).isEmpty();
    }

    @Test
    void trusted_correction_ends_uncertain_intent_questions() {
        String request = "I cannot get into anything this morning";
        Chat teacher = new Chat("correct-certain", true);
        teacher.say("/mode partner");
        teacher.say(request);
        JsonNode asked = teacher.last("apprentice_question");

        teacher.say("/correct unlock_account");
        Chat next = new Chat("after-correction", false);
        next.say("/mode partner");
        next.say(request);

        assertThat(asked.path("kind").asText()).isEqualTo("uncertain_intent");
        assertThat(teacher.last("apprentice_correction").path("applied").asBoolean()).isTrue();
        assertThat(intentOf(request)).isEqualTo("unlock_account");
        assertThat(next.events("apprentice_question")).isEmpty();
    }

    @Test
    void untrusted_unknown_intent_gets_buttons() {
        Chat chat = new Chat("correct-unknown-untrusted", false);

        chat.say("the lift is stuck again");
        JsonNode replies = chat.say("/correct order_pizza");

        List<String> payloads = new ArrayList<>();
        replies.get(1).path("buttons").forEach(b -> payloads.add(b.path("payload").asText()));
        assertThat(texts(replies).get(0)).isEqualTo("I don't know the intent 'order_pizza'.");
        assertThat(texts(replies)).noneMatch(t -> t.contains("the classifier knows"));
        assertThat(payloads).isNotEmpty().allMatch(p -> p.startsWith("/correct "));
        assertThat(chat.events("apprentice_correction")).isEmpty();
    }

    @Test
    void long_unknown_intent_is_not_echoed() {
        String intent = "x".repeat(5000);
        Chat trusted = new Chat("correct-long", true);
        Chat untrusted = new Chat("correct-long-untrusted", false);

        trusted.say("the lift is stuck again");
        untrusted.say("the lift is stuck again");
        String toTrusted = texts(trusted.say("/correct " + intent)).get(0);
        String toUntrusted = texts(untrusted.say("/correct " + intent)).get(0);

        assertThat(toTrusted).contains("x".repeat(Labeller.MAX_ECHO) + "…");
        assertThat(toTrusted).doesNotContain("x".repeat(Labeller.MAX_ECHO + 1));
        assertThat(toUntrusted).contains("x".repeat(Labeller.MAX_ECHO) + "…");
        assertThat(toUntrusted).doesNotContain("x".repeat(Labeller.MAX_ECHO + 1));
    }

    @Test
    void teacher_mode_asks_about_queued_messages() {
        queue("the badge reader beeps twice and stays red");
        Chat chat = new Chat("teacher-queue", true);

        JsonNode asked = chat.say("/mode teacher");
        JsonNode question = chat.last(QueueQuestion.EVENT);
        String first = question.path("options").get(0).asText();
        JsonNode answered = chat.say("A");
        JsonNode answer = chat.last(LearningInterceptor.ANSWER_EVENT);
        JsonNode item = get("/learning/queue/" + question.path("item").asLong());

        assertThat(texts(asked)).anyMatch(t -> t.startsWith("Earlier someone wrote \""));
        assertThat(asked.get(asked.size() - 1).path("buttons")).isNotEmpty();
        assertThat(answer.path("outcome").asText()).isEqualTo("labelled");
        assertThat(answer.path("applied").asBoolean()).isTrue();
        assertThat(item.path("state").asText()).isEqualTo("labelled");
        assertThat(item.path("label").asText()).isEqualTo(first);
        assertThat(intentOf(item.path("text").asText())).isEqualTo(first);
        assertThat(texts(answered).get(0)).startsWith("Thanks.");
    }

    @Test
    void review_command_question_can_be_skipped() {
        queue("a pigeon walked across the reception keyboard");
        Chat chat = new Chat("review-skip", true);

        chat.say("/review");
        long itemId = chat.last(QueueQuestion.EVENT).path("item").asLong();
        chat.say("/label skip");

        assertThat(chat.last(LearningInterceptor.ANSWER_EVENT).path("outcome").asText())
                .isEqualTo("skip");
        assertThat(get("/learning/queue/" + itemId).path("state").asText())
                .isEqualTo("skipped");
    }

    @Test
    void untrusted_teacher_answer_waits_for_review() {
        queue("the kitchen tablet forgot every recipe");
        Chat chat = new Chat("review-untrusted", true);

        chat.say("/review");
        JsonNode question = chat.last(QueueQuestion.EVENT);
        chat.say("/label " + question.path("options").get(1).asText(), false);
        JsonNode answer = chat.last(LearningInterceptor.ANSWER_EVENT);

        assertThat(answer.path("review").asText()).isEqualTo("pending");
        assertThat(answer.path("applied").asBoolean()).isFalse();
    }

    @Test
    void untrusted_review_is_refused() {
        queue("the coffee machine reports a firmware update");
        Chat chat = new Chat("review-refused", false);

        JsonNode replies = chat.say("/review");

        assertThat(texts(replies)).containsExactly("Only a teacher can review queued messages.");
        assertThat(chat.events(QueueQuestion.EVENT)).isEmpty();
    }

    @Test
    void untrusted_teacher_mode_asks_nothing() {
        queue("the meeting room display shows a stranger's calendar");
        Chat chat = new Chat("teacher-untrusted", false);

        chat.say("/mode teacher");

        assertThat(chat.events(QueueQuestion.EVENT)).isEmpty();
    }

    @Test
    void untrusted_skip_keeps_item_pending() {
        queue("the scanner emails every page twice");
        Chat chat = new Chat("skip-untrusted", true);

        chat.say("/review");
        long itemId = chat.last(QueueQuestion.EVENT).path("item").asLong();
        chat.say("/label skip", false);

        assertThat(chat.last(LearningInterceptor.ANSWER_EVENT).path("outcome").asText())
                .isEqualTo("ignored");
        assertThat(get("/learning/queue/" + itemId).path("state").asText())
                .isEqualTo("pending");
    }

    @Test
    void thumbs_down_variation_is_no_longer_sent() {
        Chat chat = new Chat("rewards", false);
        chat.say("hello");
        JsonNode greeting = lastBot(chat);
        int rated = greeting.path("metadata").path("apprentice_variation").asInt();

        rate(chat, greeting, "down");
        Set<Integer> later = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            chat.say("hello");
            later.add(lastBot(chat).path("metadata").path("apprentice_variation").asInt());
        }
        JsonNode rewards = get("/learning/rewards");
        JsonNode stored = rewards.path("rewards").get(rewards.path("rewards").size() - 1);

        assertThat(greeting.path("metadata").path("utter_action").asText())
                .isEqualTo("utter_greet");
        assertThat(later).isNotEmpty().doesNotContain(rated);
        assertThat(stored.path("value").asInt()).isEqualTo(-1);
        assertThat(stored.path("variation").asInt()).isEqualTo(rated);
        assertThat(stored.path("intent").asText()).isEqualTo("greet");
        assertThat(stored.path("model_version").asText()).isNotBlank();
    }

    private static JsonNode lastBot(Chat chat) {
        return chat.last("bot");
    }

    private static void rate(Chat chat, JsonNode bot, String value) {
        String body = Json.object().put("sender_id", chat.sender()).put("value", value)
                .put("message_timestamp", bot.path("timestamp").asDouble()).toString();
        given().contentType(ContentType.JSON).body(body).post("/chat/api/feedback")
                .then().statusCode(200);
    }
}
