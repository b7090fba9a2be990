package dev.apprentice.review;

import static dev.apprentice.review.Chat.get;
import static dev.apprentice.review.Chat.intentOf;
import static dev.apprentice.review.Chat.otherThan;
import static dev.apprentice.review.Chat.queue;
import static dev.apprentice.review.Chat.read;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The review queue's REST API against the running default bot. */
@QuarkusTest
@TestProfile(LearningProfile.class)
class LearningApiTest {

    @Test
    void unsure_message_is_queued_with_its_model_version() {
        String text = "purple elephants are dancing on my keyboard";
        Chat chat = new Chat("queue-live", false);

        chat.say(text);
        JsonNode user = chat.last("user");
        JsonNode item = get("/learning/queue/" + Chat.itemId(text));

        String version = user.path("parse_data").path("model_version").asText();
        assertThat(version).isNotBlank();
        assertThat(item.path("model_version").asText()).isEqualTo(version);
        assertThat(item.path("sender").asText()).isEqualTo(chat.sender());
        assertThat(item.path("source").asText()).isEqualTo("live");
        assertThat(item.path("confidence").asDouble()).isLessThan(0.95);
        assertThat(item.path("top_intents")).isNotEmpty();
    }

    @Test
    void ranked_queue_names_strategy_and_scores() {
        queue("is the printer on the third floor still broken or is it me");

        JsonNode queue = get("/learning/queue?limit=5");

        assertThat(queue.path("strategy").asText()).isEqualTo("entropy");
        assertThat(queue.path("model_version").asText()).isNotBlank();
        assertThat(queue.path("items")).isNotEmpty();
        assertThat(queue.path("items").get(0).has("score")).isTrue();
    }

    @Test
    void label_with_unknown_intent_is_rejected() {
        long id = queue("could you book me a table for two tonight");

        given().contentType(ContentType.JSON).body(Map.of("intent", "order_pizza"))
                .post("/learning/queue/" + id + "/label")
                .then().statusCode(400);
        assertThat(get("/learning/queue/" + id).path("state").asText()).isEqualTo("pending");
    }

    @Test
    void fallback_label_is_rejected_as_not_trainable() {
        long id = queue("the elevator music is stuck on one note");

        JsonNode error = read(given().contentType(ContentType.JSON)
                .body(Map.of("intent", "nlu_fallback")).post("/learning/queue/" + id + "/label")
                .then().statusCode(400).extract().asString());

        assertThat(error.path("message").asText())
                .startsWith("'nlu_fallback' is not a trainable intent");
        assertThat(error.path("message").asText()).contains("greet");
        assertThat(get("/learning/queue/" + id).path("state").asText()).isEqualTo("pending");
    }

    @Test
    void label_of_unknown_item_is_not_found() {
        given().contentType(ContentType.JSON).body(Map.of("intent", "greet"))
                .post("/learning/queue/987654/label")
                .then().statusCode(404);
    }

    @Test
    void label_is_learned_at_once_and_stored() {
        String text = "my badge no longer opens the garage door";
        long id = queue(text);
        String target = otherThan(intentOf(text), "unlock_account", "open_ticket");

        JsonNode labelled = read(given().contentType(ContentType.JSON)
                .body(Map.of("intent", target)).post("/learning/queue/" + id + "/label")
                .then().statusCode(200).extract().asString());
        Chat chat = new Chat("label-next-turn", false);
        chat.say(text);

        assertThat(labelled.path("state").asText()).isEqualTo("labelled");
        assertThat(labelled.path("applied").asBoolean()).isTrue();
        assertThat(labelled.path("example").path("review").asText()).isEqualTo("approved");
        assertThat(chat.last("user").path("parse_data").path("intent").path("name").asText())
                .isEqualTo(target);
        assertThat(texts(get("/knowledge/examples?state=approved"))).contains(text);
    }

    @Test
    void skipped_item_leaves_the_ranking() {
        String text = "what colour is the sky in the server room";
        long id = queue(text);

        JsonNode skipped = read(given().post("/learning/queue/" + id + "/skip")
                .then().statusCode(200).extract().asString());

        assertThat(skipped.path("state").asText()).isEqualTo("skipped");
        assertThat(texts(get("/learning/queue?limit=1000").path("items"))).doesNotContain(text);
    }

    @Test
    void relabel_rejects_the_earlier_example() {
        String text = "the door sensor in the lab reports every cat";
        long id = queue(text);
        label(id, "report_outage");

        label(id, "open_ticket");
        List<String> approved = intents(get("/knowledge/examples?state=approved"), text);
        List<String> rejected = intents(get("/knowledge/examples?state=rejected"), text);

        assertThat(approved).containsExactly("open_ticket");
        assertThat(rejected).containsExactly("report_outage");
        assertThat(get("/learning/queue/" + id).path("label").asText()).isEqualTo("open_ticket");
    }

    @Test
    void skip_of_labelled_item_conflicts() {
        long id = queue("the vending machine greets me by a stranger's name");
        label(id, "greet");

        given().post("/learning/queue/" + id + "/skip").then().statusCode(409);

        JsonNode item = get("/learning/queue/" + id);
        assertThat(item.path("state").asText()).isEqualTo("labelled");
        assertThat(item.path("label").asText()).isEqualTo("greet");
    }

    @Test
    void queue_limit_that_is_not_a_number_is_rejected() {
        JsonNode error = read(given().get("/learning/queue?limit=abc").then().statusCode(400)
                .extract().asString());

        assertThat(error.path("status").asText()).isEqualTo("failure");
        assertThat(error.path("reason").asText()).isEqualTo("BadRequest");
        assertThat(error.path("code").asInt()).isEqualTo(400);
        assertThat(error.path("details").path("parameter").asText()).isEqualTo("limit");
    }

    @Test
    void queue_of_unknown_state_is_rejected() {
        given().get("/learning/queue?state=archived").then().statusCode(400);
    }

    @Test
    void skipped_item_is_listed_and_restored() {
        String text = "the lobby plant asked for the wifi password";
        long id = queue(text);
        given().post("/learning/queue/" + id + "/skip").then().statusCode(200);

        JsonNode skipped = get("/learning/queue?state=skipped&limit=1000");
        JsonNode restored = read(given().post("/learning/queue/" + id + "/restore")
                .then().statusCode(200).extract().asString());

        assertThat(skipped.path("state").asText()).isEqualTo("skipped");
        assertThat(texts(skipped.path("items"))).contains(text);
        assertThat(restored.path("state").asText()).isEqualTo("pending");
        assertThat(texts(get("/learning/queue?limit=1000").path("items"))).contains(text);
        assertThat(texts(get("/learning/queue?state=skipped&limit=1000").path("items")))
                .doesNotContain(text);
    }

    @Test
    void import_reads_lines_and_json() {
        String lines = "first imported line about mail\n\nsecond imported line about mail\n";

        JsonNode plain = read(given().contentType(ContentType.TEXT).body(lines)
                .post("/learning/queue/import").then().statusCode(200).extract().asString());
        JsonNode again = read(given().contentType(ContentType.JSON)
                .body(Map.of("utterances", List.of("first imported line about mail")))
                .post("/learning/queue/import").then().statusCode(200).extract().asString());

        assertThat(plain.path("received").asInt()).isEqualTo(2);
        assertThat(plain.path("queued").asInt()).isEqualTo(2);
        assertThat(again.path("queued").asInt()).isZero();
    }

    @Test
    void import_of_invalid_utf8_is_rejected() {
        byte[] body = {'m', 'a', 'i', 'l', ' ', (byte) 0xff, (byte) 0xfe, '\n'};

        JsonNode error = read(given().contentType(ContentType.TEXT).body(body)
                .post("/learning/queue/import").then().statusCode(400).extract().asString());

        assertThat(error.path("message").asText()).contains("not valid UTF-8");
    }

    @Test
    void import_of_non_strings_is_rejected() {
        given().contentType(ContentType.JSON).body("[1, 2]").post("/learning/queue/import")
                .then().statusCode(400);
    }

    @Test
    void retraining_keeps_labels_under_a_new_version() {
        String text = "the coffee machine ate my access card";
        long id = queue(text);
        String target = otherThan(intentOf(text), "unlock_account", "report_outage");
        given().contentType(ContentType.JSON).body(Map.of("intent", target))
                .post("/learning/queue/" + id + "/label").then().statusCode(200);
        String before = Chat.parse("hello").path("model_version").asText();

        JsonNode trained = read(given().post("/learning/retrain").then().statusCode(200)
                .extract().asString());

        String after = trained.path("model_version").asText();
        assertThat(after).isNotEqualTo(before);
        assertThat(trained.path("taught").asInt()).isPositive();
        assertThat(Chat.parse("hello").path("model_version").asText()).isEqualTo(after);
        assertThat(intentOf(text)).isEqualTo(target);
    }

    @Test
    void turns_during_retraining_are_answered() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<JsonNode>> replies = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Chat chat = new Chat("during-retrain-" + i, false);
                replies.add(pool.submit(() -> chat.say("hello")));
            }
            given().post("/learning/retrain").then().statusCode(200);

            for (Future<JsonNode> reply : replies) {
                assertThat(reply.get(60, TimeUnit.SECONDS)).isNotEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void label_studio_tasks_carry_predictions() {
        queue("the wifi in meeting room four keeps dropping");

        JsonNode tasks = get("/learning/label-studio/tasks?limit=3");
        JsonNode prediction = tasks.get(0).path("predictions").get(0);
        JsonNode result = prediction.path("result").get(0);

        assertThat(tasks.get(0).path("data").path("text").asText()).isNotBlank();
        assertThat(prediction.path("model_version").asText())
                .isEqualTo(Chat.parse("hello").path("model_version").asText());
        assertThat(prediction.path("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(result.path("type").asText()).isEqualTo("choices");
        assertThat(result.path("value").path("choices")).hasSize(1);
    }

    @Test
    void label_studio_export_is_imported_as_labels() throws IOException {
        JsonNode export;
        try (InputStream in = getClass().getResourceAsStream("/label-studio/export.json")) {
            export = Chat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        JsonNode imported = read(given().contentType(ContentType.JSON).body(export.toString())
                .post("/learning/label-studio/import").then().statusCode(200).extract()
                .asString());

        assertThat(imported.path("annotations").asInt()).isEqualTo(2);
        assertThat(imported.path("labelled").asInt()).isEqualTo(2);
        assertThat(intentOf("the shared drive is gone for the whole floor"))
                .isEqualTo("report_outage");
        assertThat(intentOf("my token app shows the wrong code")).isEqualTo("unlock_account");
    }

    @Test
    void label_studio_config_lists_intents() {
        String xml = given().get("/learning/label-studio/config").then().statusCode(200)
                .extract().asString();

        assertThat(xml).contains("<Choice value=\"vpn_problem\"/>");
    }

    private static void label(long id, String intent) {
        given().contentType(ContentType.JSON).body(Map.of("intent", intent))
                .post("/learning/queue/" + id + "/label").then().statusCode(200);
    }

    /** Returns the intents of the examples of {@code examples} whose text is {@code text}. */
    private static List<String> intents(JsonNode examples, String text) {
        List<String> intents = new ArrayList<>();
        examples.forEach(e -> {
            if (text.equals(e.path("text").asText())) {
                intents.add(e.path("intent").asText());
            }
        });
        return intents;
    }

    private static List<String> texts(JsonNode items) {
        List<String> texts = new ArrayList<>();
        items.forEach(i -> texts.add(i.path("text").asText()));
        return texts;
    }
}
