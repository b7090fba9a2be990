package dev.apprentice.channel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RestChannelTest {

    private static final String WEBHOOK = "/webhooks/rest/webhook";

    @Test
    void health_is_ok() {
        given().get("/webhooks/rest/").then().statusCode(200).body("status", equalTo("ok"));
    }

    @Test
    void greeting_gets_a_text_reply_addressed_to_the_sender() {
        Response response = send("{\"sender\": \"rest-greet\", \"message\": \"hello there\"}");

        response.then().statusCode(200).body("size()", greaterThan(0));
        assertThat(response.jsonPath().getList("recipient_id", String.class))
                .containsOnly("rest-greet");
        assertThat(response.jsonPath().getString("[0].text")).isNotBlank();
    }

    @Test
    void missing_sender_uses_the_default_conversation() {
        Response response = send("{\"message\": \"hi\"}");

        response.then().statusCode(200);
        assertThat(response.jsonPath().getList("recipient_id", String.class))
                .containsOnly("default");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"sender\": \"bad-1\", \"message\": ",
        "[{\"text\": \"hi\"}]",
        "\"hi\"",
        "42",
        "{}",
        "{\"sender\": \"bad-1\"}",
        "{\"sender\": \"bad-1\", \"message\": 42}",
        "{\"sender\": 42, \"message\": \"hi\"}",
        "{\"sender\": \"bad-1\", \"message\": \"hi\", \"metadata\": \"x\"}",
        "{\"sender\": \"bad-1\", \"message\": \"hi \\ud83d\"}"
    })
    void malformed_body_gets_400_and_the_sender_can_go_on(String body) {
        send(body).then().statusCode(400)
                .body("status", equalTo("failure"))
                .body("reason", equalTo("BadRequest"))
                .body("code", equalTo(400));

        send("{\"sender\": \"bad-1\", \"message\": \"hello\"}").then().statusCode(200)
                .body("size()", greaterThan(0));
    }

    @Test
    void invalid_utf8_gets_400() {
        byte[] body = "{\"sender\": \"bad-2\", \"message\": \"caf\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1);

        given().contentType(ContentType.JSON).body(body).post(WEBHOOK)
                .then().statusCode(400).body("message", equalTo(
                        "The request body is not valid UTF-8."));
    }

    @Test
    void empty_body_gets_400() {
        given().contentType(ContentType.JSON).body(new byte[0]).post(WEBHOOK)
                .then().statusCode(400).body("reason", equalTo("BadRequest"));
    }

    @Test
    void body_over_the_size_limit_gets_rasas_413_body() {
        String big = "a".repeat(2_000_000);

        send("{\"sender\": \"bad-4\", \"message\": \"" + big + "\"}")
                .then().statusCode(413).body("reason", equalTo("PayloadTooLarge"))
                .body("code", equalTo(413));
    }

    @Test
    void one_megabyte_message_gets_413_without_a_server_error() {
        String big = "a".repeat(1_000_000);

        send("{\"sender\": \"bad-3\", \"message\": \"" + big + "\"}")
                .then().statusCode(413).body("reason", equalTo("PayloadTooLarge"));
        send("{\"sender\": \"bad-3\", \"message\": \"hi\"}").then().statusCode(200);
    }

    @Test
    void emoji_pair_round_trips_into_the_tracker() {
        send("{\"sender\": \"emoji-1\", \"message\": \"smile \\ud83d\\ude00 ok\"}")
                .then().statusCode(200);

        // The text may be rewound by a fallback, so it is looked up among all events.
        List<String> texts = given().get("/conversations/emoji-1/tracker?include_events=ALL")
                .then().statusCode(200).extract().jsonPath()
                .getList("events.findAll { it.event == 'user' }.text", String.class);
        assertThat(texts).contains("smile \uD83D\uDE00 ok");
    }

    @Test
    void streaming_answers_one_json_object_per_line() {
        String body = given().contentType(ContentType.JSON)
                .body("{\"sender\": \"stream-1\", \"message\": \"hello\"}")
                .post(WEBHOOK + "?stream=true")
                .then().statusCode(200).extract().asString();

        assertThat(body.lines()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("{\"recipient_id\":"));
    }

    private static Response send(String body) {
        return given().contentType(ContentType.JSON).body(body).post(WEBHOOK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u00a0", "\\u200b", "\\u0000", "\\u0301", "\\ufeff"})
    void invisible_message_gets_a_normal_turn(String escaped) {
        send("{\"sender\": \"invisible-1\", \"message\": \"" + escaped + "\"}")
                .then().statusCode(200);

        send("{\"sender\": \"invisible-1\", \"message\": \"hello\"}").then().statusCode(200)
                .body("size()", greaterThan(0));
    }

    @Test
    void deeply_nested_metadata_gets_400_and_the_tracker_stays_readable() {
        String nested = "[".repeat(200) + "]".repeat(200);

        send("{\"sender\": \"deep-1\", \"message\": \"hi\", \"metadata\": {\"a\": "
                + nested + "}}").then().statusCode(400).body("reason", equalTo("BadRequest"));
        send("{\"sender\": \"deep-1\", \"message\": \"hi\"}").then().statusCode(200);

        given().get("/conversations/deep-1/tracker").then().statusCode(200);
    }
}
