package dev.apprentice.channel.socketio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The Engine.IO protocol v4 server: handshakes, session lookup by {@code sid}, the checks on
 * each request's query, and the heartbeat of all sessions. It speaks only {@code EIO=4}, the
 * version of socket.io-client 3 and 4 (and so of rasa-webchat 1.0.1); other versions get 400.
 * Error bodies follow the JavaScript reference server: {@code {"code": n, "message": "..."}}.
 *
 * <p>Transport-independent: an HTTP adapter passes each request in. No thread is started here;
 * the owner calls {@link #sweep()} periodically.
 */
public final class EngineServer {

    private static final Logger LOG = Logger.getLogger(EngineServer.class);
    static final String ERROR_CONTENT_TYPE = "application/json";
    static final String PROTOCOL_VERSION = "4";

    private final Map<String, EngineSession> sessions = new ConcurrentHashMap<>();
    private final EngineSession.Limits limits;
    private final int maxSessions;
    private final LongSupplier clock;
    private final Function<EngineSession, EngineSession.Listener> listeners;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param maxSessions sessions open at once; a handshake beyond it gets 503
     * @param clock milliseconds, for the heartbeat
     * @param listeners creates the listener of each new session
     */
    public EngineServer(EngineSession.Limits limits, int maxSessions, LongSupplier clock,
            Function<EngineSession, EngineSession.Listener> listeners) {
        this.limits = limits;
        this.maxSessions = maxSessions;
        this.clock = clock;
        this.listeners = listeners;
    }

    public int sessionCount() {
        return sessions.size();
    }

    public int maxPayload() {
        return limits.maxPayload();
    }

    /** Handles a polling GET: a handshake without {@code sid}, otherwise a poll. */
    public void handleGet(Map<String, String> query, PollExchange exchange) {
        if (!checkQuery(query, exchange)) {
            return;
        }
        if (!"polling".equals(query.get("transport"))) {
            exchange.send(400, ERROR_CONTENT_TYPE, errorBody(3, "Bad request"));
            return;
        }
        String sid = query.get("sid");
        if (sid == null) {
            EngineSession session = open(exchange);
            if (session != null) {
                exchange.send(200, EngineSession.POLL_CONTENT_TYPE, openPacket(session, true));
            }
            return;
        }
        EngineSession session = find(sid, exchange);
        if (session != null) {
            session.handlePoll(exchange);
        }
    }

    /**
     * Checks a polling POST before its body is read. Returns the session it is for, or null
     * when the request was already answered with an error. A second POST while one is being
     * read breaks the protocol and closes the session.
     */
    public EngineSession beginPost(Map<String, String> query, long contentLength,
            PollExchange exchange) {
        if (!checkQuery(query, exchange)) {
            return null;
        }
        String sid = query.get("sid");
        if (sid == null || !"polling".equals(query.get("transport"))) {
            exchange.send(400, ERROR_CONTENT_TYPE, errorBody(2, "Bad handshake method"));
            return null;
        }
        EngineSession session = find(sid, exchange);
        if (session == null) {
            return null;
        }
        if (contentLength > limits.maxPayload()) {
            rejectOversized(session, exchange);
            return null;
        }
        if (!session.beginPost()) {
            exchange.send(400, ERROR_CONTENT_TYPE, errorBody(3, "Bad request"));
            session.close("overlapping polling POST");
            return null;
        }
        return session;
    }

    /** Handles the body of a POST that {@link #beginPost} accepted. */
    public void finishPost(EngineSession session, String body, PollExchange exchange) {
        if (session.handlePost(body)) {
            exchange.send(200, EngineSession.POST_CONTENT_TYPE, "ok");
        } else {
            exchange.send(400, ERROR_CONTENT_TYPE, errorBody(3, "Bad request"));
        }
    }

    /** Answers a body over {@code maxPayload} with 413 and closes the session. */
    public void rejectOversized(EngineSession session, PollExchange exchange) {
        LOG.debugf("engine.io session %s: body over %d bytes", session.id(),
                limits.maxPayload());
        exchange.send(413, ERROR_CONTENT_TYPE, errorBody(3, "Payload too large"));
        session.close("payload too large");
    }

    /**
     * Checks a WebSocket request before the upgrade is accepted. Returns whether it may go
     * ahead; when not, the error was sent on {@code exchange}.
     */
    public boolean checkWebSocket(Map<String, String> query, PollExchange exchange) {
        if (!checkQuery(query, exchange)) {
            return false;
        }
        if (!"websocket".equals(query.get("transport"))) {
            exchange.send(400, ERROR_CONTENT_TYPE, errorBody(3, "Bad request"));
            return false;
        }
        String sid = query.get("sid");
        if (sid == null) {
            if (sessions.size() >= maxSessions) {
                exchange.send(503, ERROR_CONTENT_TYPE, errorBody(3, "Too many sessions"));
                return false;
            }
            return true;
        }
        EngineSession session = find(sid, exchange);
        if (session == null) {
            return false;
        }
        if (!session.canUpgrade()) {
            exchange.send(400, ERROR_CONTENT_TYPE, errorBody(3, "Bad request"));
            return false;
        }
        return true;
    }

    /**
     * Attaches an accepted WebSocket: with {@code sid}, as the upgrade of that polling session;
     * without, as a new WebSocket-only session. Returns the session, or null when the socket
     * was closed because the session is gone or the server is full.
     */
    public EngineSession attachWebSocket(Map<String, String> query, WebSocketPeer peer) {
        String sid = query.get("sid");
        if (sid == null) {
            EngineSession session = open(null);
            if (session == null) {
                peer.close();
                return null;
            }
            session.attachWebSocket(peer, openPacket(session, false));
            return session;
        }
        EngineSession session = sessions.get(sid);
        if (session == null || !session.beginUpgrade(peer)) {
            peer.close();
            return null;
        }
        return session;
    }

    /** Runs the heartbeat of every session; see {@link EngineSession#heartbeat(long)}. */
    public void sweep() {
        long now = clock.getAsLong();
        for (EngineSession session : new ArrayList<>(sessions.values())) {
            session.heartbeat(now);
        }
    }

    /** Closes every session, for shutdown. */
    public void closeAll() {
        new ArrayList<>(sessions.values()).forEach(s -> s.close("server shutting down"));
    }

    static String errorBody(int code, String message) {
        return Json.object().put("code", code).put("message", message).toString();
    }

    private boolean checkQuery(Map<String, String> query, PollExchange exchange) {
        if (!PROTOCOL_VERSION.equals(query.get("EIO"))) {
            exchange.send(400, ERROR_CONTENT_TYPE, errorBody(5, "Unsupported protocol version"));
            return false;
        }
        String transport = query.get("transport");
        if (!"polling".equals(transport) && !"websocket".equals(transport)) {
            exchange.send(400, ERROR_CONTENT_TYPE, errorBody(0, "Transport unknown"));
            return false;
        }
        return true;
    }

    private EngineSession find(String sid, PollExchange exchange) {
        EngineSession session = sessions.get(sid);
        if (session == null) {
            exchange.send(400, ERROR_CONTENT_TYPE, errorBody(1, "Session ID unknown"));
        }
        return session;
    }

    private EngineSession open(PollExchange exchange) {
        if (sessions.size() >= maxSessions) {
            LOG.warnf("engine.io: refused a handshake, %d sessions are open (the maximum)",
                    sessions.size());
            if (exchange != null) {
                exchange.send(503, ERROR_CONTENT_TYPE, errorBody(3, "Too many sessions"));
            }
            return null;
        }
        EngineSession session = new EngineSession(newId(), limits, clock.getAsLong());
        EngineSession.Listener inner = listeners.apply(session);
        session.setListener(new EngineSession.Listener() {
            @Override
            public void onMessage(EngineSession s, String data) {
                inner.onMessage(s, data);
            }

            @Override
            public void onClose(EngineSession s, String reason) {
                sessions.remove(s.id(), s);
                inner.onClose(s, reason);
            }
        });
        sessions.put(session.id(), session);
        return session;
    }

    private String openPacket(EngineSession session, boolean polling) {
        ObjectNode handshake = Json.object().put("sid", session.id());
        var upgrades = handshake.putArray("upgrades");
        if (polling) {
            upgrades.add("websocket");
        }
        handshake.put("pingInterval", limits.pingInterval())
                .put("pingTimeout", limits.pingTimeout())
                .put("maxPayload", limits.maxPayload());
        return new EnginePacket(EnginePacket.Type.OPEN, handshake.toString()).encode();
    }

    /** Returns 20 URL-safe characters from 120 random bits, the length the JS server uses. */
    String newId() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
