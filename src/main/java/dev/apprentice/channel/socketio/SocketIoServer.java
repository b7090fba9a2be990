package dev.apprentice.channel.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The Socket.IO protocol v5 layer over Engine.IO sessions: CONNECT to the configured namespace
 * (answered with {@code {"sid": ...}}, which socket.io-client 3 requires), EVENT, DISCONNECT and
 * CONNECT_ERROR, plus rooms. A packet that breaks the framing closes the Engine.IO session, as
 * the JavaScript reference server does. Only one namespace is served; a CONNECT to another gets
 * CONNECT_ERROR.
 */
public final class SocketIoServer {

    private static final Logger LOG = Logger.getLogger(SocketIoServer.class);

    /** Application callbacks; they run on the thread that received the packet. */
    public interface Handler {
        void onEvent(ClientSocket socket, String event, List<JsonNode> args);

        void onDisconnect(ClientSocket socket, String reason);
    }

    /** Decides whether a CONNECT with this auth payload (null when absent) may connect. */
    public interface Authorizer {
        boolean authorize(JsonNode auth);
    }

    private final Supplier<String> namespace;
    private final Authorizer authorizer;
    private final Handler handler;
    private final Supplier<String> ids;
    private final Rooms rooms = new Rooms();
    private final Map<String, ClientSocket> sockets = new ConcurrentHashMap<>();

    /**
     * @param namespace the namespace to serve, read at each CONNECT
     * @param ids makes Socket.IO sids
     */
    public SocketIoServer(Supplier<String> namespace, Authorizer authorizer, Handler handler,
            Supplier<String> ids) {
        this.namespace = namespace;
        this.authorizer = authorizer;
        this.handler = handler;
        this.ids = ids;
    }

    /** Returns the listener for a new Engine.IO session; pass it to the {@link EngineServer}. */
    public EngineSession.Listener listenerFor(EngineSession session) {
        return new Connection();
    }

    public void emitToRoom(String room, String event, JsonNode... args) {
        for (ClientSocket socket : rooms.members(room)) {
            socket.emit(event, args);
        }
    }

    public int socketCount() {
        return sockets.size();
    }

    public int roomCount() {
        return rooms.size();
    }

    Rooms rooms() {
        return rooms;
    }

    /** The Socket.IO state of one Engine.IO session: at most one socket, on the namespace. */
    private final class Connection implements EngineSession.Listener {

        private final AtomicReference<ClientSocket> socket = new AtomicReference<>();

        @Override
        public void onMessage(EngineSession session, String data) {
            SocketPacket packet;
            try {
                packet = SocketPacket.decode(data);
            } catch (ProtocolException e) {
                LOG.debugf("socket.io: invalid packet on session %s: %s", session.id(),
                        e.getMessage());
                session.close("parse error");
                return;
            }
            switch (packet.type()) {
                case CONNECT -> connect(session, packet);
                case EVENT -> event(session, packet);
                case DISCONNECT -> disconnect(packet.namespace(), "client namespace disconnect");
                case ACK -> LOG.debugf("socket.io: ignored an ACK on session %s", session.id());
                default -> {
                    LOG.debugf("socket.io: %s from a client on session %s", packet.type(),
                            session.id());
                    session.close("parse error");
                }
            }
        }

        @Override
        public void onClose(EngineSession session, String reason) {
            ClientSocket current = socket.get();
            if (current != null) {
                disconnect(current.namespace(), reason);
            }
        }

        private void connect(EngineSession session, SocketPacket packet) {
            String served = namespace.get();
            if (!served.equals(packet.namespace())) {
                sendError(session, packet.namespace(), "Invalid namespace");
                return;
            }
            if (!authorizer.authorize(packet.data())) {
                sendError(session, packet.namespace(), "Not authorized");
                return;
            }
            ClientSocket created = new ClientSocket(ids.get(), served, session,
                    SocketIoServer.this);
            if (!socket.compareAndSet(null, created)) {
                LOG.debugf("socket.io: repeated CONNECT on session %s ignored", session.id());
                return;
            }
            sockets.put(created.id(), created);
            created.joinRoom(created.id());
            created.sendPacket(new SocketPacket(SocketPacket.Type.CONNECT, served, null,
                    Json.object().put("sid", created.id())));
        }

        private void event(EngineSession session, SocketPacket packet) {
            ClientSocket current = socket.get();
            if (current == null || !current.namespace().equals(packet.namespace())) {
                LOG.debugf("socket.io: event for an unconnected namespace on session %s",
                        session.id());
                return;
            }
            if (packet.ackId() != null) {
                // Rasa's handlers return nothing, so python-socketio acknowledges with no data.
                current.sendPacket(new SocketPacket(SocketPacket.Type.ACK, current.namespace(),
                        packet.ackId(), Json.array()));
            }
            List<JsonNode> args = new ArrayList<>();
            packet.data().forEach(args::add);
            String name = args.remove(0).asText();
            handler.onEvent(current, name, args);
        }

        private void disconnect(String packetNamespace, String reason) {
            ClientSocket current = socket.get();
            if (current == null || !current.namespace().equals(packetNamespace)
                    || !socket.compareAndSet(current, null)) {
                return;
            }
            sockets.remove(current.id());
            current.disconnect();
            handler.onDisconnect(current, reason);
        }

        private void sendError(EngineSession session, String packetNamespace, String message) {
            SocketPacket error = new SocketPacket(SocketPacket.Type.CONNECT_ERROR,
                    packetNamespace, null, Json.object().put("message", message));
            session.send(EnginePacket.message(error.encode()));
        }
    }
}
