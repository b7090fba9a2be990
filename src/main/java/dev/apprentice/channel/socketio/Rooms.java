package dev.apprentice.channel.socketio;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Socket.IO rooms: named groups of sockets that an emit can address together. A room exists
 * while it has members, so a disconnected socket leaves nothing behind. Joins and leaves are
 * rare (a connect, a session request, a disconnect), so one lock guards all rooms.
 */
final class Rooms {

    private final Map<String, Set<ClientSocket>> members = new HashMap<>();

    /** Adds {@code socket} to {@code room}; does nothing once the socket is disconnected. */
    synchronized void join(ClientSocket socket, String room) {
        if (!socket.connected()) {
            return;
        }
        members.computeIfAbsent(room, r -> new LinkedHashSet<>()).add(socket);
    }

    synchronized void leave(ClientSocket socket, String room) {
        Set<ClientSocket> sockets = members.get(room);
        if (sockets != null && sockets.remove(socket) && sockets.isEmpty()) {
            members.remove(room);
        }
    }

    synchronized void leaveAll(ClientSocket socket, Iterable<String> rooms) {
        rooms.forEach(room -> leave(socket, room));
    }

    synchronized List<ClientSocket> members(String room) {
        Set<ClientSocket> sockets = members.get(room);
        return sockets == null ? List.of() : List.copyOf(sockets);
    }

    synchronized int size() {
        return members.size();
    }
}
