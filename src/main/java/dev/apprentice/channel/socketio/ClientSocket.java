package dev.apprentice.channel.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Socket.IO socket: one client connected to one namespace over an Engine.IO session. Its id
 * is the Socket.IO sid from the CONNECT reply, which differs from the Engine.IO sid in protocol
 * v5. Every socket is in the room named after its own id.
 */
public final class ClientSocket {

    private final String id;
    private final String namespace;
    private final EngineSession session;
    private final SocketIoServer server;
    private final Set<String> rooms = new LinkedHashSet<>();
    private volatile boolean connected = true;

    ClientSocket(String id, String namespace, EngineSession session, SocketIoServer server) {
        this.id = id;
        this.namespace = namespace;
        this.session = session;
        this.server = server;
    }

    public String id() {
        return id;
    }

    public String namespace() {
        return namespace;
    }

    public boolean connected() {
        return connected;
    }

    /** Sends an event to this socket only. */
    public void emit(String event, JsonNode... args) {
        if (connected) {
            session.send(EnginePacket.message(SocketPacket.event(namespace, event, args)
                    .encode()));
        }
    }

    /** Sends an event to every socket in {@code room}, this one included if it is a member. */
    public void emitToRoom(String room, String event, JsonNode... args) {
        server.emitToRoom(room, event, args);
    }

    public void joinRoom(String room) {
        synchronized (rooms) {
            rooms.add(room);
        }
        server.rooms().join(this, room);
    }

    public void leaveRoom(String room) {
        synchronized (rooms) {
            rooms.remove(room);
        }
        server.rooms().leave(this, room);
    }

    /** Returns the rooms this socket joined, its own room included. */
    public List<String> rooms() {
        synchronized (rooms) {
            return List.copyOf(rooms);
        }
    }

    /** Marks the socket disconnected and removes it from all rooms. */
    void disconnect() {
        connected = false;
        server.rooms().leaveAll(this, rooms());
    }

    void sendPacket(SocketPacket packet) {
        session.send(EnginePacket.message(packet.encode()));
    }
}
