package dev.apprentice.channel.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.processor.UserMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Drives the Socket.IO layer and Rasa's channel through Engine.IO polling requests, with a fake
 * turn that echoes the message and a worker that runs only when the test calls it.
 */
class SocketIoChannelTest {

    private final Fakes.Clock clock = new Fakes.Clock();
    private final ArrayDeque<Runnable> worker = new ArrayDeque<>();
    private final List<UserMessage> turns = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private SocketIoSettings settings = settings(true);
    private SocketIoServer.Authorizer authorizer = auth -> true;
    private final SocketIoChannel channel = new SocketIoChannel(() -> settings, this::echo,
            worker::add, new SocketIoChannel.Limits(100, 20));
    private final SocketIoServer sockets = new SocketIoServer(() -> settings.namespace(),
            auth -> authorizer.authorize(auth), channel, () -> "socket-" + ids.incrementAndGet());
    private final EngineServer engine = new EngineServer(
            new EngineSession.Limits(25_000, 20_000, 10_000, 100), 100, clock::get,
            sockets::listenerFor);

    private static SocketIoSettings settings(boolean persistence) {
        return SocketIoSettings.from(Json.object().put("session_persistence", persistence)
                .put("metadata_key", "customData"));
    }

    private List<Event> echo(UserMessage message) {
        turns.add(message);
        return List.of(Events.bot("echo: " + message.text(), Json.object(), Json.object(), 1.0));
    }

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    /** A polling client: handshake, then POST and GET by hand. */
    private final class Client {
        final String sid;

        Client() {
            Fakes.Exchange exchange = new Fakes.Exchange();
            engine.handleGet(Map.of("EIO", "4", "transport", "polling"), exchange);
            sid = exchange.body.replaceAll(".*\"sid\":\"([^\"]+)\".*", "$1");
        }

        Client connected() {
            send("0");
            assertThat(poll()).startsWith("40{\"sid\":\"socket-");
            return this;
        }

        void send(String socketPacket) {
            Fakes.Exchange exchange = new Fakes.Exchange();
            EngineSession session = engine.beginPost(query(), 0, exchange);
            if (session != null) {
                engine.finishPost(session, "4" + socketPacket, exchange);
            }
        }

        /**
         * Returns the packets waiting for this client, or "" when there are none. An empty
         * poll stays held, so the test must not poll again.
         */
        String poll() {
            Fakes.Exchange exchange = new Fakes.Exchange();
            engine.handleGet(query(), exchange);
            return exchange.answered() ? exchange.body : "";
        }

        private Map<String, String> query() {
            return Map.of("EIO", "4", "transport", "polling", "sid", sid);
        }
    }

    @Test
    void connect_is_answered_with_the_socket_sid() {
        Client client = new Client();

        client.send("0");

        assertThat(client.poll()).isEqualTo("40{\"sid\":\"socket-1\"}");
        assertThat(sockets.socketCount()).isEqualTo(1);
    }

    @Test
    void connect_to_another_namespace_gets_connect_error() {
        Client client = new Client();

        client.send("0/admin,");

        assertThat(client.poll()).isEqualTo("44/admin,{\"message\":\"Invalid namespace\"}");
        assertThat(sockets.socketCount()).isZero();
    }

    @Test
    void refused_authorization_gets_connect_error() {
        authorizer = auth -> false;
        Client client = new Client();

        client.send("0{\"token\":\"bad\"}");

        assertThat(client.poll()).isEqualTo("44{\"message\":\"Not authorized\"}");
    }

    @Test
    void session_request_without_id_gets_hex_id() {
        Client client = new Client().connected();

        for (String request : List.of("2[\"session_request\",{}]",
                "2[\"session_request\",null]", "2[\"session_request\"]",
                "2[\"session_request\",{\"session_id\":null}]")) {
            client.send(request);
            assertThat(client.poll()).matches("42\\[\"session_confirm\",\"[0-9a-f]{32}\"\\]");
        }
    }

    @Test
    void session_request_echoes_given_id() {
        Client client = new Client().connected();

        client.send("2[\"session_request\",{\"session_id\":\"s-7\"}]");

        assertThat(client.poll()).isEqualTo("42[\"session_confirm\",\"s-7\"]");
    }

    @Test
    void message_without_session_id_is_ignored_under_persistence() {
        Client client = new Client().connected();
        client.send("2[\"session_request\",{\"session_id\":\"s-7\"}]");
        client.poll();

        client.send("2[\"user_uttered\",{\"message\":\"hi\"}]");
        runWorker();

        assertThat(turns).isEmpty();
        assertThat(client.poll()).isEmpty();
    }

    @Test
    void message_runs_on_worker_and_replies_to_room() {
        Client client = new Client().connected();
        client.send("2[\"session_request\",{\"session_id\":\"s-7\"}]");
        client.poll();

        client.send("2[\"user_uttered\",{\"message\":\"hi\",\"session_id\":\"s-7\","
                + "\"customData\":{\"language\":\"en\"}}]");
        assertThat(turns).isEmpty();
        runWorker();

        assertThat(turns).hasSize(1);
        UserMessage message = turns.get(0);
        assertThat(message.senderId()).isEqualTo("s-7");
        assertThat(message.text()).isEqualTo("hi");
        assertThat(message.inputChannel()).isEqualTo("socketio");
        assertThat(message.outputChannel()).isEqualTo("socketio");
        assertThat(message.metadata().toString()).isEqualTo("{\"language\":\"en\"}");
        assertThat(client.poll()).isEqualTo("42[\"bot_uttered\",{\"text\":\"echo: hi\"}]");
    }

    @Test
    void metadata_given_as_a_json_string_is_decoded() {
        Client client = new Client().connected();

        client.send("2[\"user_uttered\",{\"message\":\"hi\",\"session_id\":\"s-2\","
                + "\"customData\":\"{\\\"language\\\": \\\"de\\\"}\"}]");
        runWorker();

        assertThat(turns.get(0).metadata().toString()).isEqualTo("{\"language\":\"de\"}");
    }

    @Test
    void metadata_that_is_no_object_is_dropped() {
        Client client = new Client().connected();

        client.send("2[\"user_uttered\",{\"message\":\"hi\",\"session_id\":\"s-2\","
                + "\"customData\":\"not json\"}]");
        runWorker();

        assertThat(turns).hasSize(1);
        assertThat(turns.get(0).metadata()).isNull();
    }

    @Test
    void every_socket_of_a_session_gets_the_replies() {
        Client first = new Client().connected();
        Client second = new Client().connected();
        first.send("2[\"session_request\",{\"session_id\":\"shared\"}]");
        second.send("2[\"session_request\",{\"session_id\":\"shared\"}]");
        first.poll();
        second.poll();

        second.send("2[\"user_uttered\",{\"message\":\"hi\",\"session_id\":\"shared\"}]");
        runWorker();

        assertThat(first.poll()).isEqualTo("42[\"bot_uttered\",{\"text\":\"echo: hi\"}]");
        assertThat(second.poll()).isEqualTo("42[\"bot_uttered\",{\"text\":\"echo: hi\"}]");
    }

    @Test
    void without_persistence_the_socket_sid_is_the_sender() {
        settings = settings(false);
        Client client = new Client().connected();
        Client other = new Client().connected();

        client.send("2[\"user_uttered\",{\"message\":\"hi\"}]");
        runWorker();

        assertThat(turns.get(0).senderId()).isEqualTo("socket-1");
        assertThat(client.poll()).contains("echo: hi");
        assertThat(other.poll()).isEmpty();
    }

    @Test
    void messages_of_one_socket_keep_their_order() {
        Client client = new Client().connected();

        for (int i = 0; i < 5; i++) {
            client.send("2[\"user_uttered\",{\"message\":\"m" + i + "\",\"session_id\":\"s\"}]");
        }
        runWorker();

        assertThat(turns).extracting(UserMessage::text)
                .containsExactly("m0", "m1", "m2", "m3", "m4");
    }

    @Test
    void too_long_message_or_sender_is_ignored() {
        Client client = new Client().connected();

        client.send("2[\"user_uttered\",{\"message\":\"" + "x".repeat(101)
                + "\",\"session_id\":\"s\"}]");
        client.send("2[\"user_uttered\",{\"message\":\"hi\",\"session_id\":\""
                + "s".repeat(21) + "\"}]");
        client.send("2[\"user_uttered\",{\"message\":{\"nested\":1},\"session_id\":\"s\"}]");
        runWorker();

        assertThat(turns).isEmpty();
    }

    @Test
    void event_with_an_ack_id_is_acknowledged() {
        Client client = new Client().connected();

        client.send("27[\"session_request\",{\"session_id\":\"s\"}]");

        assertThat(client.poll()).isEqualTo("437[]\u001e42[\"session_confirm\",\"s\"]");
    }

    @Test
    void disconnect_leaves_every_room() {
        Client client = new Client().connected();
        client.send("2[\"session_request\",{\"session_id\":\"s\"}]");
        client.send("2[\"user_uttered\",{\"message\":\"hi\",\"session_id\":\"s\"}]");
        assertThat(sockets.roomCount()).isEqualTo(2);

        client.send("1");

        assertThat(sockets.socketCount()).isZero();
        assertThat(sockets.roomCount()).isZero();
        assertThat(channel.trackedSockets()).isZero();
        runWorker();
        assertThat(turns).hasSize(1);
    }

    @Test
    void new_session_leaves_previous_room() {
        Client client = new Client().connected();
        client.send("2[\"session_request\",{\"session_id\":\"a\"}]");

        client.send("2[\"session_request\",{\"session_id\":\"b\"}]");

        assertThat(sockets.roomCount()).isEqualTo(2);
    }

    @Test
    void malformed_socket_packet_closes_the_engine_session() {
        Client client = new Client().connected();

        client.send("2{\"not\":\"an array\"}");

        assertThat(engine.sessionCount()).isZero();
        assertThat(sockets.socketCount()).isZero();
    }

    @Test
    void event_before_connect_is_ignored() {
        Client client = new Client();

        client.send("2[\"user_uttered\",{\"message\":\"hi\",\"session_id\":\"s\"}]");
        runWorker();

        assertThat(turns).isEmpty();
        assertThat(engine.sessionCount()).isEqualTo(1);
    }
}
