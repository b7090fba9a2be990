package dev.apprentice.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review API over HTTP, with the API token switched on. */
@QuarkusTest
@TestProfile(KnowledgeProfile.class)
class KnowledgeResourceTest {

    @Inject
    KnowledgeService knowledge;

    @Inject
    KnowledgeStore store;

    private long senseId;
    private long termId;

    @BeforeEach
    void teach() {
        store.clear();
        Provenance bob = new Provenance("bob", "conv-a", 2, "teacher", Instant.now());
        senseId = knowledge.teachSense("Orbix", "the billing system", List.of("Orbix is down"),
                bob).id();
        termId = knowledge.term("Orbix", "conv-a").orElseThrow().id();
        knowledge.teachSense("Kestrel", "the cluster", List.of(),
                new Provenance(KnowledgeProfile.TRUSTED, "conv-t", 0, "teacher", Instant.now()));
    }

    private static RequestSpecification api() {
        return given().queryParam("token", KnowledgeProfile.API_TOKEN);
    }

    @Test
    void api_requires_the_token() {
        given().get("/knowledge/terms").then().statusCode(401)
                .body("reason", equalTo("NotAuthenticated"));
        given().get("/knowledge/export").then().statusCode(401);
    }

    @Test
    void lists_filter_by_state_and_sender() {
        api().get("/knowledge/terms").then().statusCode(200).body("$", hasSize(2));
        api().queryParam("state", "pending").get("/knowledge/senses").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].gloss", equalTo("the billing system"))
                .body("[0].term", equalTo("Orbix"))
                .body("[0].provenance.sender", equalTo("bob"))
                .body("[0].provenance.conversation_id", equalTo("conv-a"))
                .body("[0].provenance.turn", equalTo(2));
        api().queryParam("sender", KnowledgeProfile.TRUSTED).get("/knowledge/terms").then()
                .statusCode(200).body("$", hasSize(1)).body("[0].name", equalTo("Kestrel"));
    }

    @Test
    void get_approve_and_reject_one_sense() {
        api().get("/knowledge/senses/{id}", senseId).then().statusCode(200)
                .body("review", equalTo("pending"));

        api().post("/knowledge/senses/{id}/approve", senseId).then().statusCode(200)
                .body("review", equalTo("approved"));
        assertThat(knowledge.term("orbix", "conv-b")).isPresent();

        api().post("/knowledge/senses/{id}/reject", senseId).then().statusCode(200)
                .body("review", equalTo("rejected"));
        assertThat(knowledge.term("orbix", "conv-b").orElseThrow().senses()).isEmpty();
    }

    @Test
    void edit_changes_gloss_examples_and_aliases() {
        api().contentType(ContentType.JSON)
                .body(Map.of("gloss", "the invoicing system", "examples", List.of("x")))
                .patch("/knowledge/senses/{id}", senseId).then().statusCode(200)
                .body("gloss", equalTo("the invoicing system"))
                .body("examples", equalTo(List.of("x")));
        api().contentType(ContentType.JSON).body(Map.of("aliases", List.of("ORB")))
                .patch("/knowledge/terms/{id}", termId).then().statusCode(200)
                .body("aliases", equalTo(List.of("ORB")));

        assertThat(knowledge.term("orb", "conv-a").orElseThrow().senses().get(0).gloss())
                .isEqualTo("the invoicing system");
    }

    @Test
    void delete_removes_the_item() {
        api().delete("/knowledge/terms/{id}", termId).then().statusCode(204);

        api().get("/knowledge/terms/{id}", termId).then().statusCode(404)
                .body("reason", equalTo("NotFound"))
                .body("message", equalTo("No term with id " + termId + " is stored."));
        api().get("/knowledge/senses/{id}", senseId).then().statusCode(404);
    }

    @Test
    void bad_requests_get_rasa_error_bodies() {
        api().get("/knowledge/widgets").then().statusCode(404)
                .body("message", containsString("Unknown knowledge kind 'widgets'"));
        api().get("/knowledge/terms/abc").then().statusCode(400)
                .body("status", equalTo("failure"))
                .body("details.parameter", equalTo("id"));
        api().queryParam("state", "maybe").get("/knowledge/terms").then().statusCode(400)
                .body("details.parameter", equalTo("state"));
        api().contentType(ContentType.JSON).body(Map.of("colour", "red"))
                .patch("/knowledge/senses/{id}", senseId).then().statusCode(400)
                .body("details.parameter", equalTo("colour"));
        api().contentType(ContentType.JSON).body(Map.of("gloss", " "))
                .patch("/knowledge/senses/{id}", senseId).then().statusCode(400)
                .body("message", equalTo("'gloss' must not be blank."));
        api().contentType(ContentType.JSON).body(Map.of("name", "kestrel"))
                .patch("/knowledge/terms/{id}", termId).then().statusCode(409)
                .body("reason", equalTo("Conflict"));
    }

    @Test
    void export_then_import_round_trips_over_http() {
        String exported = api().get("/knowledge/export").then().statusCode(200)
                .body("version", equalTo(1))
                .body("terms", hasSize(2))
                .extract().asString();
        store.clear();

        JsonPath report = api().contentType(ContentType.JSON).body(exported)
                .post("/knowledge/import").then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("terms_added")).containsExactly("Kestrel", "Orbix");
        assertThat(report.getInt("senses_added")).isEqualTo(2);
        assertThat(knowledge.term("orbix", "conv-a")).isPresent();
        assertThat(knowledge.term("orbix", "conv-b")).isEmpty();
    }

    @Test
    void bad_import_is_a_400_and_stores_nothing() {
        api().contentType(ContentType.JSON).body("{\"version\": 1, \"terms\": [")
                .post("/knowledge/import").then().statusCode(400)
                .body("message", containsString("not valid JSON"));
        api().contentType(ContentType.JSON)
                .body("{\"version\": 1, \"terms\": [{\"name\": \"New\"}, {\"senses\": []}]}")
                .post("/knowledge/import").then().statusCode(400)
                .body("message", containsString("terms[1].name"));
        api().contentType(ContentType.JSON).body("{\"version\": 9}")
                .post("/knowledge/import").then().statusCode(400)
                .body("message", containsString("'version' 9 is not supported"));

        assertThat(knowledge.listTerms(ReviewFilter.ALL)).hasSize(2);
    }
}
