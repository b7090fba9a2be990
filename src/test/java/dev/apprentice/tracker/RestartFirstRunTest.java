package dev.apprentice.tracker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Chats and records the stored events; {@link RestartSecondRunTest} reads them after a restart. */
@QuarkusTest
@TestProfile(RestartProfiles.FirstRun.class)
class RestartFirstRunTest {

    @Test
    void conversation_is_stored_before_the_restart() throws Exception {
        Files.createDirectories(RestartProfiles.EXPECTED.getParent());
        // The database file outlives a test run, so each run uses a sender of its own.
        String sender = "restart-" + System.currentTimeMillis();
        Files.writeString(RestartProfiles.SENDER, sender);
        for (String text : List.of("hello", "I forgot my password", "yes, that worked")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("sender", sender, "message", text))
                    .post("/webhooks/rest/webhook").then().statusCode(200);
        }

        String events = given().get("/conversations/" + sender + "/tracker?include_events=ALL")
                .then().statusCode(200).extract().asString();

        assertThat(events).contains("I forgot my password");
        Files.writeString(RestartProfiles.EXPECTED, events);
    }

    @Test
    void taught_term_is_stored_before_the_restart() throws Exception {
        Files.createDirectories(RestartProfiles.TERM.getParent());
        String term = "Orbix " + System.currentTimeMillis();
        String document = "{\"version\": 1, \"terms\": [{\"name\": \"" + term + "\","
                + " \"review\": \"pending\", \"senses\": [{\"gloss\": \"the billing system\","
                + " \"review\": \"pending\"}]}]}";

        given().contentType(ContentType.JSON).body(document).post("/knowledge/import")
                .then().statusCode(200);

        Files.writeString(RestartProfiles.TERM, term);
    }

    @Test
    void teacher_teaches_glossary_terms_before_the_restart() throws Exception {
        Assumptions.assumeTrue(GlossaryTeaching.available(), "the CNCF glossary is not present");
        for (GlossaryTeaching.Entry entry : GlossaryTeaching.entries()) {
            // Taught by a previous run, the term would be explained instead of asked about.
            forget(entry.term());
            String asked = say("what is " + entry.term() + "?");
            String defined = say(entry.term() + " is " + entry.gloss());
            String confirmed = say("Our platform team relies on " + entry.term() + ".");

            assertThat(asked).as(entry.term()).contains(entry.term());
            assertThat(defined).as(entry.term()).contains("example");
            assertThat(confirmed).as(entry.term()).contains(entry.gloss());
        }
    }

    @Test
    void teacher_teaches_an_unknown_term_before_the_restart() throws Exception {
        // The database file outlives a test run, so the term a previous run taught goes first.
        forget(RestartProfiles.TAUGHT_TERM);

        String asked = say("the " + RestartProfiles.TAUGHT_TERM + " is failing for everyone");
        say(RestartProfiles.TAUGHT_TERM + " is our remote access gateway for contractors");
        String confirmed = say("the " + RestartProfiles.TAUGHT_TERM
                + " rejected my login this morning");

        assertThat(asked).contains("I haven't met \\\"" + RestartProfiles.TAUGHT_TERM
                + "\\\" before.");
        assertThat(confirmed).contains("our remote access gateway for contractors");
    }

    private static void forget(String term) throws Exception {
        JsonNode terms = Json.MAPPER.readTree(given().get("/knowledge/terms")
                .then().statusCode(200).extract().asString());
        for (JsonNode stored : terms) {
            if (stored.get("name").asText().equalsIgnoreCase(term)) {
                given().delete("/knowledge/terms/" + stored.get("id").asText())
                        .then().statusCode(204);
            }
        }
    }

    private static String say(String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("sender", GlossaryTeaching.TEACHER, "message", text,
                        "metadata", Map.of("mode", "teacher")))
                .post("/webhooks/rest/webhook").then().statusCode(200).extract().asString();
    }
}
