package dev.apprentice.channel.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EngineServerTest {

    private static final long PING_INTERVAL = 25_000;
    private static final long PING_TIMEOUT = 20_000;

    private final Fakes.Clock clock = new Fakes.Clock();
    private final List<String> received = new ArrayList<>();
    private final List<String> closeReasons = new ArrayList<>();
    private EngineServer server;

    @BeforeEach
    void setUp() {
        server = newServer(10);
    }

    private EngineServer newServer(int maxSessions) {
        return new EngineServer(new EngineSession.Limits(PING_INTERVAL, PING_TIMEOUT, 1000, 5),
                maxSessions, clock::get, session -> new EngineSession.Listener() {
                    @Override
                    public void onMessage(EngineSession s, String data) {
                        received.add(data);
                    }

                    @Override
                    public void onClose(EngineSession s, String reason) {
                        closeReasons.add(reason);
                    }
                });
    }

    private static Map<String, String> query(String transport, String sid) {
        Map<String, String> query = new HashMap<>(Map.of("EIO", "4", "transport", transport));
        if (sid != null) {
            query.put("sid", sid);
        }
        return query;
    }

    private String handshake() {
        Fakes.Exchange exchange = new Fakes.Exchange();
        server.handleGet(query("polling", null), exchange);
        return readOpen(exchange.body).path("sid").asText();
    }

    private static JsonNode readOpen(String body) {
        try {
            return Json.MAPPER.readTree(body.substring(1));
        } catch (Exception e) {
            throw new AssertionError("not an open packet: " + body, e);
        }
    }

    private Fakes.Exchange poll(String sid) {
        Fakes.Exchange exchange = new Fakes.Exchange();
        server.handleGet(query("polling", sid), exchange);
        return exchange;
    }

    private Fakes.Exchange post(String sid, String body) {
        Fakes.Exchange exchange = new Fakes.Exchange();
        EngineSession session = server.beginPost(query("polling", sid), body.length(), exchange);
        if (session != null) {
            server.finishPost(session, body, exchange);
        }
        return exchange;
    }

    private EngineSession session(String sid) {
        Fakes.Exchange exchange = new Fakes.Exchange();
        EngineSession session = server.beginPost(query("polling", sid), 0, exchange);
        server.finishPost(session, "6", exchange);
        return session;
    }

    @Test
    void handshake_sends_the_open_packet() {
        Fakes.Exchange exchange = new Fakes.Exchange();

        server.handleGet(query("polling", null), exchange);

        assertThat(exchange.status).isEqualTo(200);
        assertThat(exchange.contentType).isEqualTo("text/plain; charset=UTF-8");
        assertThat(exchange.body).startsWith("0{");
        JsonNode open = readOpen(exchange.body);
        assertThat(open.path("sid").asText()).hasSize(20);
        assertThat(open.path("upgrades").toString()).isEqualTo("[\"websocket\"]");
        assertThat(open.path("pingInterval").asLong()).isEqualTo(PING_INTERVAL);
        assertThat(open.path("pingTimeout").asLong()).isEqualTo(PING_TIMEOUT);
        assertThat(open.path("maxPayload").asInt()).isEqualTo(1000);
        assertThat(server.sessionCount()).isEqualTo(1);
    }

    @Test
    void wrong_protocol_version_gets_400() {
        Fakes.Exchange exchange = new Fakes.Exchange();

        server.handleGet(Map.of("EIO", "3", "transport", "polling"), exchange);

        assertThat(exchange.status).isEqualTo(400);
        assertThat(exchange.body)
                .isEqualTo("{\"code\":5,\"message\":\"Unsupported protocol version\"}");
        assertThat(server.sessionCount()).isZero();
    }

    @Test
    void missing_or_unknown_transport_gets_400() {
        Fakes.Exchange missing = new Fakes.Exchange();
        Fakes.Exchange unknown = new Fakes.Exchange();

        server.handleGet(Map.of("EIO", "4"), missing);
        server.handleGet(Map.of("EIO", "4", "transport", "flashsocket"), unknown);

        assertThat(missing.status).isEqualTo(400);
        assertThat(missing.body).contains("\"code\":0");
        assertThat(unknown.status).isEqualTo(400);
    }

    @Test
    void unknown_sid_gets_400() {
        assertThat(poll("no-such-sid").status).isEqualTo(400);
        assertThat(poll("no-such-sid").body).contains("Session ID unknown");
        assertThat(post("no-such-sid", "40").status).isEqualTo(400);
    }

    @Test
    void post_answers_ok_and_delivers_each_message() {
        String sid = handshake();

        Fakes.Exchange exchange = post(sid, "440\u001e442[\"a\"]\u001e3");

        assertThat(exchange.status).isEqualTo(200);
        assertThat(exchange.body).isEqualTo("ok");
        assertThat(received).containsExactly("40", "42[\"a\"]");
    }

    @Test
    void poll_is_held_until_a_packet_is_sent() {
        String sid = handshake();
        Fakes.Exchange held = poll(sid);
        assertThat(held.answered()).isFalse();

        session(sid).send(EnginePacket.message("2[\"x\"]"));

        assertThat(held.status).isEqualTo(200);
        assertThat(held.body).isEqualTo("42[\"x\"]");
    }

    @Test
    void queued_packets_go_out_in_one_batch() {
        String sid = handshake();
        EngineSession session = session(sid);
        session.send(EnginePacket.message("a"));
        session.send(EnginePacket.message("b"));

        Fakes.Exchange exchange = poll(sid);

        assertThat(exchange.body).isEqualTo("4a\u001e4b");
    }

    @Test
    void second_concurrent_poll_gets_400_and_closes_the_session() {
        String sid = handshake();
        Fakes.Exchange first = poll(sid);

        Fakes.Exchange second = poll(sid);

        assertThat(second.status).isEqualTo(400);
        assertThat(first.body).isEqualTo("1");
        assertThat(server.sessionCount()).isZero();
        assertThat(closeReasons).containsExactly("overlapping polling GET");
    }

    @Test
    void malformed_post_gets_400_and_closes_the_session() {
        String sid = handshake();

        Fakes.Exchange exchange = post(sid, "9garbage");

        assertThat(exchange.status).isEqualTo(400);
        assertThat(server.sessionCount()).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void oversized_post_gets_413_and_closes_the_session() {
        String sid = handshake();

        Fakes.Exchange exchange = post(sid, "4" + "x".repeat(1000));

        assertThat(exchange.status).isEqualTo(413);
        assertThat(server.sessionCount()).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void server_pings_and_a_pong_keeps_the_session() {
        String sid = handshake();
        clock.now += PING_INTERVAL;
        server.sweep();

        assertThat(poll(sid).body).isEqualTo("2");
        post(sid, "3");
        clock.now += PING_TIMEOUT;
        server.sweep();

        assertThat(server.sessionCount()).isEqualTo(1);
    }

    @Test
    void missing_pong_closes_the_session() {
        String sid = handshake();
        clock.now += PING_INTERVAL;
        server.sweep();
        Fakes.Exchange held = poll(sid);
        assertThat(held.body).isEqualTo("2");
        Fakes.Exchange next = poll(sid);

        clock.now += PING_TIMEOUT;
        server.sweep();

        assertThat(server.sessionCount()).isZero();
        assertThat(closeReasons).containsExactly("ping timeout");
        assertThat(next.body).isEqualTo("1");
    }

    @Test
    void abandoned_session_is_closed_by_the_heartbeat() {
        handshake();

        clock.now += PING_INTERVAL;
        server.sweep();
        clock.now += PING_TIMEOUT;
        server.sweep();

        assertThat(server.sessionCount()).isZero();
    }

    @Test
    void closed_poll_connection_closes_the_session() {
        String sid = handshake();
        Fakes.Exchange held = poll(sid);

        held.closeAction.run();

        assertThat(server.sessionCount()).isZero();
        assertThat(closeReasons).containsExactly("poll connection closed");
    }

    @Test
    void client_close_packet_ends_the_session() {
        String sid = handshake();

        post(sid, "1");

        assertThat(server.sessionCount()).isZero();
        assertThat(closeReasons).containsExactly("client close");
    }

    @Test
    void upgrade_probes_then_switches_to_the_websocket() {
        String sid = handshake();
        Fakes.Exchange held = poll(sid);
        Fakes.Peer peer = new Fakes.Peer();
        assertThat(server.checkWebSocket(query("websocket", sid), new Fakes.Exchange())).isTrue();
        EngineSession session = server.attachWebSocket(query("websocket", sid), peer);

        session.handleFrame(peer, "2probe");
        assertThat(peer.frames).containsExactly("3probe");
        assertThat(held.body).isEqualTo("6");
        session.send(EnginePacket.message("queued"));
        session.handleFrame(peer, "5");
        session.send(EnginePacket.message("direct"));
        session.handleFrame(peer, "442[\"over ws\"]");

        assertThat(peer.frames).containsExactly("3probe", "4queued", "4direct");
        assertThat(received).containsExactly("42[\"over ws\"]");
        assertThat(session.upgraded()).isTrue();
        assertThat(poll(sid).status).isEqualTo(400);
    }

    @Test
    void poll_during_the_upgrade_is_released_with_a_noop() {
        String sid = handshake();
        Fakes.Peer peer = new Fakes.Peer();
        EngineSession session = server.attachWebSocket(query("websocket", sid), peer);
        session.handleFrame(peer, "2probe");

        assertThat(poll(sid).body).isEqualTo("6");
    }

    @Test
    void closed_probe_leaves_the_polling_session_open() {
        String sid = handshake();
        Fakes.Peer peer = new Fakes.Peer();
        EngineSession session = server.attachWebSocket(query("websocket", sid), peer);
        session.handleFrame(peer, "2probe");

        session.webSocketClosed(peer);
        session.send(EnginePacket.message("still polling"));

        assertThat(poll(sid).body).isEqualTo("4still polling");
        assertThat(server.sessionCount()).isEqualTo(1);
    }

    @Test
    void closed_websocket_after_the_upgrade_closes_the_session() {
        String sid = handshake();
        Fakes.Peer peer = new Fakes.Peer();
        EngineSession session = server.attachWebSocket(query("websocket", sid), peer);
        session.handleFrame(peer, "2probe");
        session.handleFrame(peer, "5");

        session.webSocketClosed(peer);

        assertThat(server.sessionCount()).isZero();
        assertThat(closeReasons).containsExactly("transport close");
    }

    @Test
    void malformed_frame_after_the_upgrade_closes_the_session() {
        String sid = handshake();
        Fakes.Peer peer = new Fakes.Peer();
        EngineSession session = server.attachWebSocket(query("websocket", sid), peer);
        session.handleFrame(peer, "2probe");
        session.handleFrame(peer, "5");

        session.handleFrame(peer, "x");

        assertThat(peer.closed).isTrue();
        assertThat(server.sessionCount()).isZero();
    }

    @Test
    void second_upgrade_is_refused_while_one_probes() {
        String sid = handshake();
        server.attachWebSocket(query("websocket", sid), new Fakes.Peer());
        Fakes.Exchange exchange = new Fakes.Exchange();

        boolean allowed = server.checkWebSocket(query("websocket", sid), exchange);

        assertThat(allowed).isFalse();
        assertThat(exchange.status).isEqualTo(400);
    }

    @Test
    void websocket_only_client_gets_the_open_packet_first() {
        Fakes.Peer peer = new Fakes.Peer();

        EngineSession session = server.attachWebSocket(query("websocket", null), peer);

        assertThat(peer.frames).hasSize(1);
        assertThat(peer.frames.get(0)).startsWith("0{\"sid\":\"" + session.id() + "\"");
        assertThat(readOpen(peer.frames.get(0)).path("upgrades")).isEmpty();
    }

    @Test
    void handshake_beyond_the_session_limit_gets_503() {
        server = newServer(2);
        handshake();
        handshake();
        Fakes.Exchange third = new Fakes.Exchange();

        server.handleGet(query("polling", null), third);

        assertThat(third.status).isEqualTo(503);
        assertThat(server.sessionCount()).isEqualTo(2);
    }

    @Test
    void full_send_buffer_closes_the_session() {
        String sid = handshake();
        EngineSession session = session(sid);

        for (int i = 0; i < 6; i++) {
            session.send(EnginePacket.message("m" + i));
        }

        assertThat(session.closed()).isTrue();
        assertThat(closeReasons).containsExactly("send buffer overflow");
    }
}
