package dev.apprentice.channel.socketio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Engine.IO endpoint over plain HTTP and WebSocket, with valid and broken input. */
@QuarkusTest
class SocketIoHttpTest {

    private static final String PATH = "/socket.io/";

    @TestHTTPResource("/")
    URL base;

    @Inject
    SocketIoRoutes routes;

    private static String handshake() {
        String body = given().queryParam("EIO", "4").queryParam("transport", "polling")
                .get(PATH).then().statusCode(200).extract().asString();
        return body.replaceAll(".*\"sid\":\"([^\"]+)\".*", "$1");
    }

    private static Response post(String sid, String body) {
        return given().queryParam("EIO", "4").queryParam("transport", "polling")
                .queryParam("sid", sid).contentType("text/plain;charset=UTF-8").body(body)
                .post(PATH);
    }

    private static Response poll(String sid) {
        return given().queryParam("EIO", "4").queryParam("transport", "polling")
                .queryParam("sid", sid).get(PATH);
    }

    @Test
    void health_is_ok() {
        given().get("/webhooks/socketio/").then().statusCode(200).body("status", equalTo("ok"));
    }

    @Test
    void connect_over_polling_gets_the_socket_sid() {
        String sid = handshake();

        post(sid, "40").then().statusCode(200).body(equalTo("ok"));

        assertThat(poll(sid).then().statusCode(200).extract().asString())
                .matches("40\\{\"sid\":\"[A-Za-z0-9_-]{20}\"\\}");
    }

    @Test
    void path_without_the_last_slash_is_served_too() {
        given().queryParam("EIO", "4").queryParam("transport", "polling").get("/socket.io")
                .then().statusCode(200);
    }

    @Test
    void bad_protocol_version_or_transport_gets_400() {
        given().queryParam("EIO", "3").queryParam("transport", "polling").get(PATH)
                .then().statusCode(400).body("code", equalTo(5));
        given().queryParam("transport", "polling").get(PATH).then().statusCode(400);
        given().queryParam("EIO", "4").queryParam("transport", "carrier-pigeon").get(PATH)
                .then().statusCode(400).body("code", equalTo(0));
    }

    @Test
    void unknown_sid_gets_400() {
        poll("unknown-sid").then().statusCode(400).body("code", equalTo(1));
        post("unknown-sid", "40").then().statusCode(400).body("code", equalTo(1));
    }

    @Test
    void malformed_engine_packet_ends_session() {
        String sid = handshake();

        post(sid, "9nonsense").then().statusCode(400);

        poll(sid).then().statusCode(400).body("code", equalTo(1));
    }

    @Test
    void malformed_socket_packet_ends_the_session() {
        String sid = handshake();
        post(sid, "40").then().statusCode(200);

        post(sid, "42{\"not\":\"an event\"}").then().statusCode(200);

        poll(sid).then().statusCode(400).body("code", equalTo(1));
    }

    @Test
    void oversized_post_gets_413_and_ends_the_session() {
        String sid = handshake();

        post(sid, "4" + "x".repeat(routes.engine().maxPayload())).then().statusCode(413);

        poll(sid).then().statusCode(400);
    }

    @Test
    void unsupported_method_gets_400() {
        given().queryParam("EIO", "4").queryParam("transport", "polling").put(PATH)
                .then().statusCode(400).body("code", equalTo(2));
    }

    @Test
    void cors_preflight_allows_any_origin() {
        given().header("Origin", "http://widget.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options(PATH).then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                .header("Access-Control-Allow-Headers", "content-type");
    }

    @Test
    void oversized_websocket_message_ends_the_session() throws Exception {
        CompletableFuture<String> open = new CompletableFuture<>();
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws")
                + "socket.io/?EIO=4&transport=websocket");
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data,
                            boolean last) {
                        open.complete(data.toString());
                        ws.request(1);
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
        String sid = open.get(30, TimeUnit.SECONDS)
                .replaceAll(".*\"sid\":\"([^\"]+)\".*", "$1");
        poll(sid).then().statusCode(400).body("code", equalTo(3));

        socket.sendText("4" + "x".repeat(routes.engine().maxPayload() + 1), true);

        // The server drops the connection; the session is gone once Vert.x reports the close.
        for (int i = 0; i < 300 && poll(sid).jsonPath().getInt("code") != 1; i++) {
            Thread.sleep(100);
        }
        poll(sid).then().statusCode(400).body("code", equalTo(1));
    }
}
