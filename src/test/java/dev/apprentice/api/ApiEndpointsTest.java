package dev.apprentice.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** The HTTP contract of the API against the moodbot example, with token auth switched on. */
@QuarkusTest
@TestProfile(MoodbotProfile.class)
@EnabledIf(value = "dev.apprentice.api.MoodbotProfile#moodbotPresent",
        disabledReason = "the moodbot example is not in ../shared/rasa/examples")
class ApiEndpointsTest {

    @TestHTTPResource("/domain?token=" + MoodbotProfile.TOKEN)
    URI domainUri;

    private static RequestSpecification api() {
        return given().queryParam("token", MoodbotProfile.TOKEN);
    }

    private static JsonPath tracker(String id, String include) {
        return api().queryParam("include_events", include)
                .get("/conversations/{id}/tracker", id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void webhook(String sender, String message) {
        given().contentType(ContentType.JSON)
                .body("{\"sender\": \"" + sender + "\", \"message\": \"" + message + "\"}")
                .post("/webhooks/rest/webhook").then().statusCode(200);
    }

    @Test
    void root_and_version_need_no_token() {
        given().get("/").then().statusCode(200)
                .contentType(ContentType.TEXT)
                .body(containsString("Apprentice"), containsString("Rasa 3.6.21"));
        given().get("/version").then().statusCode(200)
                .body("version", equalTo("3.6.21"))
                .body("minimum_compatible_version", equalTo("3.6.21"))
                .body("apprentice_version", notNullValue());
    }

    @Test
    void status_requires_token() {
        given().get("/status").then().statusCode(401)
                .body("reason", equalTo("NotAuthenticated"))
                .body("message", equalTo("User is not authenticated."))
                .body("status", equalTo("failure"))
                .body("code", equalTo(401))
                .body("version", equalTo("3.6.21"));
        given().queryParam("token", "wrong").get("/status").then().statusCode(401);
        api().get("/status").then().statusCode(200)
                .body("num_active_training_jobs", equalTo(0))
                .body("model_id", notNullValue())
                .body("model_file", notNullValue());
    }

    @Test
    void token_guards_conversation_endpoints_not_webhooks() {
        given().get("/conversations/a1/tracker").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"text\": \"hi\"}").post("/model/parse")
                .then().statusCode(401);
        given().get("/domain").then().statusCode(401);
        given().get("/webhooks/rest/").then().statusCode(200);
    }

    @Test
    void new_tracker_shows_unsaved_session_start() {
        JsonPath tracker = tracker("new-conv-1", null);

        assertThat(tracker.getList("events.event")).containsExactly("action",
                "session_started", "action");
        assertThat(tracker.getString("sender_id")).isEqualTo("new-conv-1");
        api().get("/conversations/new-conv-1/story").then().statusCode(404)
                .body("message", equalTo("Conversation ID not found."));
    }

    @Test
    void invalid_include_events_is_bad_request() {
        api().queryParam("include_events", "SOME").get("/conversations/a2/tracker")
                .then().statusCode(400)
                .body("reason", equalTo("BadRequest"))
                .body("details.parameter", equalTo("include_events"))
                .body("details.in", equalTo("query"));
        api().queryParam("until", "soon").get("/conversations/a2/tracker")
                .then().statusCode(400).body("details.parameter", equalTo("until"));
    }

    @Test
    void include_events_all_keeps_both_sessions() {
        webhook("conv-b", "hi");
        api().contentType(ContentType.JSON).body("""
                [{"event": "action", "name": "action_session_start"},
                 {"event": "session_started"},
                 {"event": "action", "name": "action_listen"}]""")
                .post("/conversations/conv-b/tracker/events").then().statusCode(200);
        webhook("conv-b", "hi again");

        JsonPath all = tracker("conv-b", "ALL");
        JsonPath afterRestart = tracker("conv-b", "after_restart");
        JsonPath none = tracker("conv-b", "NONE");

        List<String> events = all.getList("events.event");
        assertThat(events.stream().filter("user"::equals).count()).isEqualTo(2);
        assertThat(events.stream().filter("session_started"::equals).count()).isEqualTo(2);
        assertThat(all.getList("events.text")).containsSubsequence("hi", "hi again");
        assertThat(afterRestart.getList("events")).hasSameSizeAs(all.getList("events"));
        assertThat(none.getString("events")).isNull();
        assertThat(none.getMap("slots")).containsKey("session_started_metadata");
    }

    @Test
    void restart_starts_new_session() {
        webhook("c3", "hi");
        webhook("c3", "/restart");

        JsonPath all = tracker("c3", "ALL");

        List<String> events = all.getList("events.event");
        List<String> names = all.getList("events.name");
        int restart = events.lastIndexOf("restart");
        assertThat(restart).isPositive();
        assertThat(names.subList(restart + 1, names.size())).containsSubsequence(
                "action_session_start", "action_listen");
        assertThat(events.subList(restart + 1, events.size())).contains("session_started");
        String story = api().get("/conversations/c3/story").then().statusCode(200)
                .extract().asString();
        assertThat(story).contains("intent: greet").contains("action: action_restart");
        api().queryParam("all_sessions", "true").get("/conversations/c3/story")
                .then().statusCode(200)
                .body(containsString("c3, story 1"))
                .body(containsString("c3, story 2"));
    }

    @Test
    void append_accepts_single_event_and_plain_text_type() {
        api().contentType(ContentType.TEXT)
                .body("{\"event\": \"pause\", \"timestamp\": null}")
                .post("/conversations/a3/tracker/events")
                .then().statusCode(200).body("paused", equalTo(true));
    }

    @Test
    void append_rejects_invalid_bodies() {
        String path = "/conversations/a4/tracker/events";
        api().contentType(ContentType.JSON).body("[{\"event\": \"teleport\"}]").post(path)
                .then().statusCode(400).body("details.in", equalTo("body"));
        api().contentType(ContentType.JSON).body("[{\"event\": \"slot\", \"name\": \"x\"}]")
                .post(path).then().statusCode(400)
                .body("message", containsString("Failed to validate the events format"))
                .body("message", containsString("'value'"));
        api().contentType(ContentType.JSON).body("[1, 2]").post(path).then().statusCode(400);
        api().contentType(ContentType.JSON).body("\"pause\"").post(path)
                .then().statusCode(400);
        api().contentType(ContentType.JSON).body("[{\"event\": ").post(path)
                .then().statusCode(400).body("reason", equalTo("BadRequest"));
        api().contentType(ContentType.JSON).post(path).then().statusCode(400);
    }

    @Test
    void put_replaces_events() {
        webhook("a5", "hi");

        api().contentType(ContentType.JSON).body("""
                [{"event": "action", "name": "action_session_start"},
                 {"event": "session_started"}]""")
                .queryParam("include_events", "ALL")
                .put("/conversations/a5/tracker/events")
                .then().statusCode(200).body("events.size()", equalTo(2));

        assertThat(tracker("a5", "ALL").getList("events")).hasSize(2);
    }

    @Test
    void until_rebuilds_earlier_state() {
        api().contentType(ContentType.JSON).body("""
                [{"event": "action", "name": "action_session_start", "timestamp": 10},
                 {"event": "session_started", "timestamp": 11},
                 {"event": "pause", "timestamp": 20}]""")
                .put("/conversations/a6/tracker/events").then().statusCode(200);

        JsonPath before = api().queryParam("until", "15").queryParam("include_events", "ALL")
                .get("/conversations/a6/tracker").then().statusCode(200).extract().jsonPath();

        assertThat(before.getBoolean("paused")).isFalse();
        assertThat(before.getList("events")).hasSize(2);
        assertThat(tracker("a6", "ALL").getBoolean("paused")).isTrue();
    }

    @Test
    void execute_returns_tracker_and_messages() {
        webhook("c4", "hi");

        api().contentType(ContentType.JSON).body("{\"name\": \"utter_greet\"}")
                .post("/conversations/c4/execute").then().statusCode(200)
                .body("messages[0].recipient_id", equalTo("c4"))
                .body("messages[0].text", equalTo("Hey! How are you?"))
                .body("messages[0].buttons.payload", hasItem("/mood_great"))
                .body("tracker.latest_action_name", equalTo("action_listen"));
    }

    @Test
    void execute_rejects_bad_requests() {
        webhook("c5", "hi");

        api().contentType(ContentType.JSON).body("{\"policy\": null}")
                .post("/conversations/c5/execute").then().statusCode(400)
                .body("details.parameter", equalTo("name"))
                .body("details.in", equalTo("body"));
        api().contentType(ContentType.JSON).body("{\"name\": \"utter_nothing\"}")
                .post("/conversations/c5/execute").then().statusCode(404)
                .body("message", containsString("utter_nothing"));
        api().contentType(ContentType.JSON).body("{\"name\": \"utter_greet\"}")
                .post("/conversations/never-seen/execute").then().statusCode(404);
    }

    @Test
    void trigger_intent_runs_prediction_loop() {
        JsonPath response = api().contentType(ContentType.JSON)
                .body("{\"name\": \"greet\", \"entities\": [{\"entity\": \"name\", "
                        + "\"value\": \"Ada\"}]}")
                .post("/conversations/c6/trigger_intent").then().statusCode(200)
                .extract().jsonPath();

        assertThat(response.getString("tracker.latest_message.text"))
                .isEqualTo("EXTERNAL: greet");
        assertThat(response.getBoolean("tracker.latest_message.metadata.is_external")).isTrue();
        assertThat(response.getString("tracker.latest_message.entities[0].value"))
                .isEqualTo("Ada");
        assertThat(response.getList("messages.text")).contains("Hey! How are you?");
    }

    @Test
    void trigger_intent_rejects_bad_requests() {
        String path = "/conversations/c2/trigger_intent";
        api().contentType(ContentType.JSON).body("""
                {"name": "greet",
                 "entities": [{"subscription": {"type": "delivery", "id": "000"}}]}""")
                .post(path).then().statusCode(400)
                .body("message", containsString("entities[0]"));
        api().contentType(ContentType.JSON).body("{\"name\": \"greet\", \"entities\": \"abc\"}")
                .post(path).then().statusCode(400)
                .body("details.parameter", equalTo("entities"));
        api().contentType(ContentType.JSON).body("{\"entities\": null}").post(path)
                .then().statusCode(400).body("details.parameter", equalTo("name"));
        api().contentType(ContentType.JSON).body("{\"name\": \"EXTERNAL_notify\"}").post(path)
                .then().statusCode(404)
                .body("reason", equalTo("NotFound"))
                .body("message", containsString("'EXTERNAL_notify'"));
        api().contentType(ContentType.JSON).body("{\"name\": \"greet\", \"entities\": null}")
                .post(path).then().statusCode(200);
    }

    @Test
    void predict_scores_domain_actions() {
        webhook("c7", "hi");

        JsonPath response = api().post("/conversations/c7/predict").then().statusCode(200)
                .extract().jsonPath();

        List<Float> scores = response.getList("scores.score", Float.class);
        assertThat(scores.get(0)).isEqualTo(response.getFloat("confidence"));
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(response.getList("scores.action")).contains("utter_greet",
                "action_listen", "action_restart");
        assertThat(response.getString("policy")).isNotBlank();
        assertThat(response.getString("tracker.sender_id")).isEqualTo("c7");
        api().post("/conversations/never-seen-2/predict").then().statusCode(404);
    }

    @Test
    void messages_adds_user_message_only() {
        JsonPath tracker = api().contentType(ContentType.JSON)
                .body("{\"text\": \"/mood_great\", \"sender\": \"user\"}")
                .queryParam("include_events", "ALL")
                .post("/conversations/c8/messages").then().statusCode(200)
                .extract().jsonPath();

        assertThat(tracker.getString("latest_message.intent.name")).isEqualTo("mood_great");
        assertThat(tracker.getList("events.event")).last().isEqualTo("user");
        api().contentType(ContentType.JSON).body("{\"text\": \"hi\", \"sender\": \"bot\"}")
                .post("/conversations/c8/messages").then().statusCode(400)
                .body("details.parameter", equalTo("sender"));
    }

    @Test
    void parse_follows_rasa_rules() {
        api().contentType(ContentType.JSON).body("{\"text\": \"/greet\"}").post("/model/parse")
                .then().statusCode(200)
                .body("intent.name", equalTo("greet"))
                .body("text", equalTo("/greet"));
        api().contentType(ContentType.JSON).body("{\"text\": \"\"}").post("/model/parse")
                .then().statusCode(200)
                .body("intent.name", nullValue())
                .body("intent.confidence", equalTo(0.0f))
                .body("entities.size()", equalTo(0))
                .body("text", equalTo(""));
        api().contentType(ContentType.JSON).body("{\"text\": [\"/goodbye\"]}")
                .post("/model/parse").then().statusCode(200)
                .body("intent.name", equalTo("goodbye"));
    }

    @Test
    void parse_rejects_bad_requests() {
        api().contentType(ContentType.JSON).body("{}").post("/model/parse")
                .then().statusCode(400).body("details.parameter", equalTo("text"));
        api().contentType(ContentType.JSON).post("/model/parse").then().statusCode(400);
        api().contentType(ContentType.JSON).body("[{\"text\": \"hi\"}]").post("/model/parse")
                .then().statusCode(400);
        api().contentType(ContentType.JSON).queryParam("emulation_mode", "LUIS")
                .body("{\"text\": \"hi\"}").post("/model/parse").then().statusCode(400)
                .body("message", containsString("emulation_mode"));
    }

    @Test
    void lone_surrogate_is_rejected_and_pair_kept() {
        api().contentType(ContentType.JSON).body("{\"text\": \"\\udfff alone\"}")
                .post("/model/parse").then().statusCode(400)
                .body("message", containsString("unpaired UTF-16 surrogate"));
        api().contentType(ContentType.JSON)
                .body("{\"text\": \"smile \\ud83d\\ude00 ok\", \"sender\": \"user\"}")
                .post("/conversations/u3/messages").then().statusCode(200);

        assertThat(tracker("u3", null).getString("latest_message.text"))
                .isEqualTo("smile \uD83D\uDE00 ok");
    }

    @Test
    void invalid_utf8_is_bad_request() {
        byte[] body = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}'};

        api().contentType(ContentType.JSON).body(body).post("/model/parse")
                .then().statusCode(400).body("message", containsString("UTF-8"));
    }

    @Test
    void domain_follows_accept_header() {
        api().accept("application/json").get("/domain").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("responses.utter_greet[0].text", equalTo("Hey! How are you?"));
        api().accept("application/x-yml").get("/domain").then().statusCode(200)
                .body(containsString("utter_greet:"));
        api().accept("*/*").get("/domain").then().statusCode(406)
                .body("reason", equalTo("NotAcceptable"));
        api().accept("text/html").get("/domain").then().statusCode(406);
    }

    @Test
    void domain_without_accept_is_json() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(domainUri).GET().build();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(request.headers().firstValue("Accept")).isEmpty();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"utter_greet\"");
    }
}
