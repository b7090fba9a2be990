package dev.apprentice.channel.socketio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One Engine.IO v4 session: its transport (HTTP long-polling, then WebSocket after the upgrade),
 * the packets waiting for a poll, and the heartbeat. The server sends a ping every
 * {@code pingInterval} and closes the session when no pong arrives within {@code pingTimeout},
 * so a client that went away without a word is cleaned up after at most the sum of both.
 *
 * <p>Thread-safe: polling requests of one session may arrive on different connections and
 * threads. The listener is called without the session's lock held.
 */
public final class EngineSession {

    private static final Logger LOG = Logger.getLogger(EngineSession.class);
    static final String POLL_CONTENT_TYPE = "text/plain; charset=UTF-8";
    static final String POST_CONTENT_TYPE = "text/html";

    /** Receives what the peer sends and learns when the session ends. */
    public interface Listener {
        void onMessage(EngineSession session, String data);

        void onClose(EngineSession session, String reason);
    }

    /** The session's settings; times in milliseconds, sizes in characters. */
    public record Limits(long pingInterval, long pingTimeout, int maxPayload, int maxQueued) {
    }

    private final String id;
    private final Limits limits;
    private final ArrayDeque<EnginePacket> outbox = new ArrayDeque<>();
    private Listener listener;
    private boolean closed;
    private boolean websocket;
    private PollExchange pendingPoll;
    private boolean postInFlight;
    private WebSocketPeer activeSocket;
    private WebSocketPeer probeSocket;
    private boolean probed;
    private long nextPingAt;
    private long pongDeadline;

    EngineSession(String id, Limits limits, long now) {
        this.id = id;
        this.limits = limits;
        this.nextPingAt = now + limits.pingInterval();
    }

    public String id() {
        return id;
    }

    synchronized void setListener(Listener listener) {
        this.listener = listener;
    }

    public synchronized boolean closed() {
        return closed;
    }

    public synchronized boolean upgraded() {
        return websocket;
    }

    /** Queues a packet, or sends it at once over the WebSocket or to a waiting poll. */
    public void send(EnginePacket packet) {
        boolean overflow;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (websocket) {
                activeSocket.sendText(packet.encode());
                return;
            }
            outbox.add(packet);
            overflow = outbox.size() > limits.maxQueued();
            if (!overflow) {
                flushToPoll();
            }
        }
        if (overflow) {
            close("send buffer overflow");
        }
    }

    /** Sends the open packet as the first WebSocket frame, for a WebSocket-only client. */
    synchronized void attachWebSocket(WebSocketPeer peer, String openPacket) {
        websocket = true;
        activeSocket = peer;
        peer.sendText(openPacket);
    }

    /**
     * Handles a polling GET: answers it with the queued packets, or holds it until there are
     * some. A second GET while one is held breaks the protocol: it gets 400 and the session
     * closes.
     */
    void handlePoll(PollExchange exchange) {
        boolean overlap;
        synchronized (this) {
            if (closed) {
                exchange.send(400, EngineServer.ERROR_CONTENT_TYPE,
                        EngineServer.errorBody(1, "Session ID unknown"));
                return;
            }
            if (websocket) {
                exchange.send(400, EngineServer.ERROR_CONTENT_TYPE,
                        EngineServer.errorBody(3, "Bad request"));
                return;
            }
            overlap = pendingPoll != null;
            if (!overlap) {
                pendingPoll = exchange;
                if (outbox.isEmpty() && probed) {
                    // The client pauses polling for the upgrade and waits for this poll to end.
                    outbox.add(EnginePacket.of(EnginePacket.Type.NOOP));
                }
                flushToPoll();
            }
        }
        if (overlap) {
            exchange.send(400, EngineServer.ERROR_CONTENT_TYPE,
                    EngineServer.errorBody(3, "Bad request"));
            close("overlapping polling GET");
        } else {
            // Registered without the lock; a poll answered meanwhile makes the action a no-op.
            exchange.onClose(() -> pollAborted(exchange));
        }
    }

    /** Drops a held poll whose connection closed; the client is gone, so the session ends. */
    void pollAborted(PollExchange exchange) {
        synchronized (this) {
            if (pendingPoll != exchange) {
                return;
            }
            pendingPoll = null;
        }
        close("poll connection closed");
    }

    /** Marks the start of a POST; returns false when one is already being read. */
    synchronized boolean beginPost() {
        if (postInFlight || closed) {
            return false;
        }
        postInFlight = true;
        return true;
    }

    /**
     * Handles the body of a polling POST. Returns whether it was valid; an invalid body closes
     * the session.
     */
    boolean handlePost(String body) {
        synchronized (this) {
            postInFlight = false;
        }
        List<EnginePacket> packets;
        try {
            packets = EnginePacket.decodePayload(body);
        } catch (ProtocolException e) {
            LOG.debugf("engine.io session %s: invalid POST body: %s", id, e.getMessage());
            close("parse error");
            return false;
        }
        for (EnginePacket packet : packets) {
            receive(packet);
        }
        return true;
    }

    /** Starts an upgrade probe on a new WebSocket; false when the session cannot upgrade. */
    synchronized boolean beginUpgrade(WebSocketPeer peer) {
        if (closed || websocket || probeSocket != null) {
            return false;
        }
        probeSocket = peer;
        return true;
    }

    /** Returns whether the session could begin an upgrade now. */
    synchronized boolean canUpgrade() {
        return !closed && !websocket && probeSocket == null;
    }

    /** Handles one text frame from {@code peer}, the probing or the upgraded WebSocket. */
    void handleFrame(WebSocketPeer peer, String frame) {
        EnginePacket packet;
        try {
            packet = EnginePacket.decode(frame);
        } catch (ProtocolException e) {
            LOG.debugf("engine.io session %s: invalid frame: %s", id, e.getMessage());
            frameError(peer);
            return;
        }
        synchronized (this) {
            if (peer == probeSocket) {
                handleProbeFrame(peer, packet);
                return;
            }
            if (peer != activeSocket) {
                return;
            }
        }
        receive(packet);
    }

    /** Handles the end of a WebSocket: the upgraded one ends the session, a probe only itself. */
    void webSocketClosed(WebSocketPeer peer) {
        synchronized (this) {
            if (peer == probeSocket) {
                probeSocket = null;
                probed = false;
                return;
            }
            if (peer != activeSocket) {
                return;
            }
        }
        close("transport close");
    }

    /**
     * Sends a ping when one is due and closes the session when the last ping went unanswered
     * for {@code pingTimeout}. Called periodically for every session.
     */
    void heartbeat(long now) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (pongDeadline == 0) {
                if (now >= nextPingAt) {
                    pongDeadline = now + limits.pingTimeout();
                    nextPingAt = now + limits.pingInterval();
                    sendLocked(EnginePacket.of(EnginePacket.Type.PING));
                }
                return;
            }
            if (now < pongDeadline) {
                return;
            }
        }
        close("ping timeout");
    }

    /** Closes the session: a held poll gets a close packet, WebSockets are closed. */
    public void close(String reason) {
        Listener toNotify;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (pendingPoll != null) {
                outbox.clear();
                outbox.add(EnginePacket.of(EnginePacket.Type.CLOSE));
                flushToPoll();
            }
            outbox.clear();
            closeQuietly(activeSocket);
            closeQuietly(probeSocket);
            toNotify = listener;
        }
        LOG.debugf("engine.io session %s closed: %s", id, reason);
        if (toNotify != null) {
            toNotify.onClose(this, reason);
        }
    }

    private void receive(EnginePacket packet) {
        Listener target;
        synchronized (this) {
            if (closed) {
                return;
            }
            switch (packet.type()) {
                case PONG -> {
                    pongDeadline = 0;
                    return;
                }
                case CLOSE -> target = null;
                case MESSAGE -> target = listener;
                default -> {
                    // Pings from clients (protocol v3), noops and stray upgrades are ignored.
                    return;
                }
            }
        }
        if (packet.type() == EnginePacket.Type.CLOSE) {
            close("client close");
        } else if (target != null) {
            target.onMessage(this, packet.data());
        }
    }

    private void handleProbeFrame(WebSocketPeer peer, EnginePacket packet) {
        if (packet.type() == EnginePacket.Type.PING && "probe".equals(packet.data())) {
            peer.sendText(new EnginePacket(EnginePacket.Type.PONG, "probe").encode());
            probed = true;
            if (pendingPoll != null && outbox.isEmpty()) {
                outbox.add(EnginePacket.of(EnginePacket.Type.NOOP));
                flushToPoll();
            }
        } else if (packet.type() == EnginePacket.Type.UPGRADE && probed) {
            completeUpgrade(peer);
        } else {
            LOG.debugf("engine.io session %s: unexpected %s during upgrade", id, packet.type());
            probeSocket = null;
            probed = false;
            closeQuietly(peer);
        }
    }

    private void completeUpgrade(WebSocketPeer peer) {
        probeSocket = null;
        probed = false;
        websocket = true;
        activeSocket = peer;
        if (pendingPoll != null) {
            outbox.addFirst(EnginePacket.of(EnginePacket.Type.NOOP));
            flushToPoll();
        }
        List<EnginePacket> queued = new ArrayList<>(outbox);
        outbox.clear();
        queued.forEach(p -> peer.sendText(p.encode()));
    }

    private void frameError(WebSocketPeer peer) {
        boolean upgradedPeer;
        synchronized (this) {
            upgradedPeer = peer == activeSocket;
            if (peer == probeSocket) {
                probeSocket = null;
                probed = false;
            }
        }
        closeQuietly(peer);
        if (upgradedPeer) {
            close("parse error");
        }
    }

    private void sendLocked(EnginePacket packet) {
        if (websocket) {
            activeSocket.sendText(packet.encode());
        } else {
            outbox.add(packet);
            flushToPoll();
        }
    }

    private void flushToPoll() {
        if (pendingPoll == null || outbox.isEmpty()) {
            return;
        }
        List<EnginePacket> batch = new ArrayList<>(outbox);
        outbox.clear();
        PollExchange exchange = pendingPoll;
        pendingPoll = null;
        exchange.send(200, POLL_CONTENT_TYPE, EnginePacket.encodePayload(batch));
    }

    private static void closeQuietly(WebSocketPeer peer) {
        if (peer != null) {
            peer.close();
        }
    }
}
