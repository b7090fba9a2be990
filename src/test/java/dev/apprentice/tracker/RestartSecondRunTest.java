package dev.apprentice.tracker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Runs after {@link RestartFirstRunTest} in a restarted application on the same database. */
@QuarkusTest
@TestProfile(RestartProfiles.SecondRun.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartSecondRunTest {

    @Test
    @Order(1)
    void restart_loses_no_acknowledged_event() throws Exception {
        Assumptions.assumeTrue(Files.exists(RestartProfiles.EXPECTED),
                "runs only after RestartFirstRunTest in the same test run");
        JsonNode before = Json.MAPPER.readTree(Files.readString(RestartProfiles.EXPECTED));
        String sender = Files.readString(RestartProfiles.SENDER);

        String after = given().get("/conversations/" + sender + "/tracker?include_events=ALL")
                .then().statusCode(200).extract().asString();

        assertThat(Json.MAPPER.readTree(after).get("events")).isEqualTo(before.get("events"));
        assertThat(Json.MAPPER.readTree(after).get("slots")).isEqualTo(before.get("slots"));
    }

    @Test
    @Order(2)
    void conversation_goes_on_after_the_restart() throws Exception {
        Assumptions.assumeTrue(Files.exists(RestartProfiles.EXPECTED),
                "runs only after RestartFirstRunTest in the same test run");
        JsonNode before = Json.MAPPER.readTree(Files.readString(RestartProfiles.EXPECTED));
        String sender = Files.readString(RestartProfiles.SENDER);
        int countBefore = before.get("events").size();

        given().contentType(ContentType.JSON)
                .body(Map.of("sender", sender, "message", "thank you!"))
                .post("/webhooks/rest/webhook").then().statusCode(200);

        JsonNode events = Json.MAPPER.readTree(
                given().get("/conversations/" + sender + "/tracker?include_events=ALL").asString())
                .get("events");
        assertThat(events.size()).isGreaterThan(countBefore);
        assertThat(events.get(countBefore).get("event").asText()).isEqualTo("user");
    }

    @Test
    @Order(3)
    void taught_term_survives_the_restart() throws Exception {
        Assumptions.assumeTrue(Files.exists(RestartProfiles.TERM),
                "runs only after RestartFirstRunTest in the same test run");
        String term = Files.readString(RestartProfiles.TERM);

        JsonNode terms = Json.MAPPER.readTree(given().queryParam("state", "pending")
                .get("/knowledge/terms").then().statusCode(200).extract().asString());

        JsonNode stored = null;
        for (JsonNode candidate : terms) {
            if (candidate.get("name").asText().equals(term)) {
                stored = candidate;
            }
        }
        assertThat(stored).as("term %s after the restart", term).isNotNull();
        assertThat(stored.get("senses").get(0).get("gloss").asText())
                .isEqualTo("the billing system");
    }

    @Test
    @Order(3)
    void assistant_uses_the_taught_glossary_terms_after_the_restart() {
        Assumptions.assumeTrue(GlossaryTeaching.available(), "the CNCF glossary is not present");
        for (GlossaryTeaching.Entry entry : GlossaryTeaching.entries()) {
            String explained = given().contentType(ContentType.JSON)
                    .body(Map.of("sender", "glossary-user", "message",
                            "what does " + entry.term() + " mean?",
                            "metadata", Map.of("mode", "assistant")))
                    .post("/webhooks/rest/webhook").then().statusCode(200).extract().asString();
            JsonNode parsed = readTree(given().contentType(ContentType.JSON)
                    .body(Map.of("text", "is " + entry.term() + " part of our stack?"))
                    .post("/model/parse").then().statusCode(200).extract().asString());

            assertThat(explained).as(entry.term()).contains(entry.gloss())
                    .contains("taught by " + GlossaryTeaching.TEACHER);
            assertThat(parsed.get("entities").findValuesAsText("value")).as(entry.term())
                    .contains(entry.term());
        }
    }

    @Test
    @Order(3)
    void assistant_uses_the_taught_term_without_asking_after_the_restart() {
        Assumptions.assumeTrue(Files.exists(RestartProfiles.EXPECTED),
                "runs only after RestartFirstRunTest in the same test run");
        String term = RestartProfiles.TAUGHT_TERM;
        String sender = "taught-term-user-" + System.currentTimeMillis();

        assistantSays(sender, "the " + term + " is failing again");
        JsonNode events = readTree(given().get("/conversations/" + sender
                + "/tracker?include_events=ALL").then().statusCode(200).extract().asString())
                .get("events");
        String explained = assistantSays(sender, "what is the " + term + "?");

        assertThat(events.findValuesAsText("event")).doesNotContain("apprentice_question");
        assertThat(events.findValuesAsText("name")).contains("utter_outage_noted");
        assertThat(explained).contains("our remote access gateway for contractors")
                .contains("taught by " + GlossaryTeaching.TEACHER);
    }

    private static String assistantSays(String sender, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("sender", sender, "message", text,
                        "metadata", Map.of("mode", "assistant")))
                .post("/webhooks/rest/webhook").then().statusCode(200).extract().asString();
    }

    private static JsonNode readTree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
