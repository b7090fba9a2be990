package dev.apprentice.action.remote;

import static dev.apprentice.action.remote.ActionTestBot.SENDER;
import static dev.apprentice.action.remote.ActionTestBot.USER_TEXT;
import static dev.apprentice.action.remote.ActionTestBot.context;
import static dev.apprentice.action.remote.ActionTestBot.domain;
import static dev.apprentice.action.remote.ActionTestBot.endpoint;
import static dev.apprentice.action.remote.ActionTestBot.tracker;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.action.ActionResult;
import dev.apprentice.domain.Domain;
import dev.apprentice.event.Event;
import dev.apprentice.project.EndpointConfig;
import dev.apprentice.testsupport.ScriptedActionServer;
import dev.apprentice.testsupport.ScriptedActionServer.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemoteActionExecutorTest {

    private static final String FALLBACK = "Sorry, try again.";

    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private ScriptedActionServer server;

    @BeforeEach
    void captureLog() {
        Logger.getLogger(RemoteActionExecutor.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger(RemoteActionExecutor.class.getName()).removeHandler(capture);
        if (server != null) {
            server.close();
        }
    }

    private ActionResult run(String action, Reply reply) {
        server = ScriptedActionServer.replying(reply);
        return run(action, endpoint(server.url()));
    }

    private ActionResult run(String action, EndpointConfig endpoint) {
        Domain domain = domain(Set.of("my_action"));
        return new RemoteActionExecutor(endpoint, FALLBACK, false)
                .run(action, tracker(domain), context(domain));
    }

    private String warningText() {
        return warnings.stream().map(r -> String.format(r.getMessage(), r.getParameters()))
                .reduce("", String::concat);
    }

    @Test
    void request_has_rasa_shape() {
        run("my_action", Reply.ok("{}"));

        JsonNode body = server.received().get(0).body();
        assertThat(body.path("next_action").asText()).isEqualTo("my_action");
        assertThat(body.path("sender_id").asText()).isEqualTo(SENDER);
        assertThat(body.path("version").asText()).isEqualTo("3.6.21");
        assertThat(body.path("tracker").path("sender_id").asText()).isEqualTo(SENDER);
        assertThat(body.path("tracker").path("events")).hasSize(4);
        assertThat(body.path("tracker").path("latest_message").path("text").asText())
                .isEqualTo(USER_TEXT);
        assertThat(body.path("domain").path("actions").get(0).asText()).isEqualTo("my_action");
        assertThat(server.received().get(0).header("Content-Type"))
                .isEqualTo("application/json");
    }

    @Test
    void token_headers_and_basic_auth_are_sent() {
        server = ScriptedActionServer.replying(Reply.ok("{}"));
        EndpointConfig endpoint = new EndpointConfig(server.url(), "s3cret&x", "auth",
                Map.of("X-Env", "dev"), "user", "pw", 300, false, null, Map.of());

        run("my_action", endpoint);

        ScriptedActionServer.Received received = server.received().get(0);
        assertThat(received.query()).isEqualTo("auth=s3cret%26x");
        assertThat(received.header("X-Env")).isEqualTo("dev");
        String expected = Base64.getEncoder()
                .encodeToString("user:pw".getBytes(StandardCharsets.UTF_8));
        assertThat(received.header("Authorization")).isEqualTo("Basic " + expected);
    }

    @Test
    void selective_domain_sends_domain_only_to_listed_actions() {
        server = ScriptedActionServer.replying(Reply.ok("{}"));
        EndpointConfig selective = endpoint(server.url(), 300, true);

        run("my_action", selective);
        run("validate_restaurant_form", selective);

        assertThat(server.received().get(0).body().has("domain")).isTrue();
        assertThat(server.received().get(1).body().has("domain")).isFalse();
    }

    @Test
    void compressed_request_is_deflated() {
        server = ScriptedActionServer.replying(Reply.ok("{}"));
        Domain domain = domain();

        new RemoteActionExecutor(endpoint(server.url()), FALLBACK, true)
                .run("my_action", tracker(domain), context(domain));

        assertThat(server.received().get(0).header("Content-Encoding")).isEqualTo("deflate");
        assertThat(server.received().get(0).body().path("next_action").asText())
                .isEqualTo("my_action");
    }

    @Test
    void bot_messages_come_before_returned_events() {
        ActionResult result = run("my_action", Reply.ok("""
                {"events": [{"event": "slot", "timestamp": null, "name": "name",
                             "value": "rasa"}],
                 "responses": [{"text": "Greek it is!"}]}"""));

        assertThat(result.rejected()).isFalse();
        assertThat(result.events()).extracting(Event::type).containsExactly("bot", "slot");
        assertThat(result.events().get(0).text()).isEqualTo("Greek it is!");
        assertThat(result.events().get(1).timestamp()).isEqualTo(1000.0);
    }

    @Test
    void response_key_renders_domain_response_with_extra_values() {
        ActionResult result = run("my_action", Reply.ok("""
                {"responses": [{"response": "utter_greet", "name": "Ada",
                                "template": "utter_greet", "buttons": [],
                                "custom": {}, "text": null}]}"""));

        Event bot = result.events().get(0);
        assertThat(bot.text()).isEqualTo("hey there Ada!");
        assertThat(bot.metadata().path("utter_action").asText()).isEqualTo("utter_greet");
        assertThat(bot.metadata().path("template").asText()).isEqualTo("utter_greet");
        assertThat(bot.metadata().path("name").asText()).isEqualTo("Ada");
        assertThat(bot.get("data").path("custom").isNull()).isTrue();
    }

    @Test
    void buttons_are_appended_and_image_doubles_as_attachment() {
        ActionResult result = run("my_action", Reply.ok("""
                {"responses": [{"response": "utter_ask_cuisine",
                                "buttons": [{"title": "Greek", "payload": "/inform"}],
                                "image": "https://example.org/a.png"}]}"""));

        JsonNode data = result.events().get(0).get("data");
        assertThat(result.events().get(0).text()).isEqualTo("what dou want to eat?");
        assertThat(data.path("buttons")).hasSize(1);
        assertThat(data.path("image").asText()).isEqualTo("https://example.org/a.png");
        assertThat(data.path("attachment").asText()).isEqualTo("https://example.org/a.png");
    }

    @Test
    void unknown_domain_response_is_skipped() {
        ActionResult result = run("my_action", Reply.ok("""
                {"responses": [{"response": "utter_missing"}, {"text": "kept"}]}"""));

        assertThat(result.events()).extracting(Event::text).containsExactly("kept");
    }

    @Test
    void status_400_with_action_name_rejects() {
        ActionResult result = run("my_action", Reply.json(400, "{\"action_name\":\"my_action\"}"));

        assertThat(result.rejected()).isTrue();
        assertThat(result.events()).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void status_400_without_action_name_fails() {
        ActionResult result = run("my_action", Reply.json(400, "{\"error\":\"bad\"}"));

        assertFailedWithFallback(result);
        assertThat(warningText()).contains("HTTP 400");
    }

    @Test
    void status_404_fails_and_answers_with_fallback() {
        ActionResult result = run("my_action", Reply.json(404,
                "{\"error\":\"No registered action found for name 'my_action'.\"}"));

        assertFailedWithFallback(result);
        assertThat(warningText()).contains("my_action", SENDER, "HTTP 404");
    }

    @Test
    void status_500_fails_without_logging_user_text() {
        String body = "{\"error\":\"boom\",\"request_body\":{\"text\":\"" + USER_TEXT + "\"}}";

        ActionResult result = run("my_action", Reply.json(500, body));

        assertFailedWithFallback(result);
        assertThat(warningText()).contains("HTTP 500").doesNotContain(USER_TEXT);
    }

    @Test
    void invalid_json_fails() {
        ActionResult result = run("my_action", Reply.ok("{\"events\": ["));

        assertFailedWithFallback(result);
        assertThat(warningText()).contains("not valid JSON");
    }

    @Test
    void null_reply_fails() {
        ActionResult result = run("my_action", Reply.ok("null"));

        assertFailedWithFallback(result);
    }

    @Test
    void schema_invalid_event_fails() {
        ActionResult result = run("my_action", Reply.ok("""
                {"events": [{"event": "slot", "name": "name"}],
                 "responses": [{"text": "lost with the events"}]}"""));

        assertFailedWithFallback(result);
        assertThat(warningText()).contains("'value'");
    }

    @Test
    void unknown_event_type_fails() {
        ActionResult result = run("my_action", Reply.ok("""
                {"events": [{"event": "teleport"}]}"""));

        assertFailedWithFallback(result);
        assertThat(warningText()).contains("teleport");
    }

    @Test
    void legacy_form_event_is_read_as_active_loop() {
        ActionResult result = run("my_action", Reply.ok("""
                {"events": [{"event": "form", "name": "restaurant_form", "timestamp": null}]}"""));

        assertThat(result.events().get(0).type()).isEqualTo("active_loop");
    }

    @Test
    void refused_connection_fails() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        ActionResult result = run("my_action", endpoint("http://127.0.0.1:" + port + "/webhook"));

        assertFailedWithFallback(result);
        assertThat(warningText()).contains("could not connect");
    }

    @Test
    void slow_reply_times_out() {
        server = ScriptedActionServer.replying(Reply.hang());

        ActionResult result = run("my_action", endpoint(server.url(), 0.2, false));

        assertFailedWithFallback(result);
        assertThat(warningText()).contains("no reply", "0.2 s");
    }

    @Test
    void validation_action_gets_no_fallback() {
        ActionResult result = run("validate_restaurant_form", Reply.json(500, "{}"));

        assertThat(result.rejected()).isFalse();
        assertThat(result.events()).isEmpty();
    }

    @Test
    void empty_fallback_sends_nothing() {
        server = ScriptedActionServer.replying(Reply.json(500, "{}"));
        Domain domain = domain();

        ActionResult result = new RemoteActionExecutor(endpoint(server.url()), "", false)
                .run("my_action", tracker(domain), context(domain));

        assertThat(result.events()).isEmpty();
    }

    private void assertFailedWithFallback(ActionResult result) {
        assertThat(result.rejected()).isFalse();
        assertThat(result.events()).extracting(Event::type).containsExactly("bot");
        assertThat(result.events().get(0).text()).isEqualTo(FALLBACK);
        assertThat(warnings).hasSize(1);
    }
}
