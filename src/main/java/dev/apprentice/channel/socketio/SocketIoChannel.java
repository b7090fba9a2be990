package dev.apprentice.channel.socketio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.channel.JsonBody;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.processor.UserMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Rasa's socket.io channel on top of {@link SocketIoServer}.
 *
 * <ul>
 * <li>{@code session_request} is always answered with {@code session_confirm} carrying the
 * session id as a bare string: the one given, or a new UUID4 in hex when it is missing, null or
 * blank. With {@code session_persistence}, the socket joins the room named after the id, so
 * every socket of that session receives the replies.</li>
 * <li>A user message ({@code user_uttered} by default) is the conversation of its
 * {@code session_id} with persistence, else of the socket's sid. With persistence, a message
 * without {@code session_id} is ignored. The metadata under {@code metadata_key} may be an
 * object or a JSON string holding one.</li>
 * <li>Each turn runs on the worker executor, never on the thread that received the packet, and
 * the messages of one socket are handled in the order they arrived.</li>
 * </ul>
 *
 * <p>Deviation: when a socket asks for a second session, it leaves the room of the first one, so
 * a long-lived socket is in at most two rooms (its own and its session's). Rasa keeps it in all.
 */
public final class SocketIoChannel implements SocketIoServer.Handler {

    private static final Logger LOG = Logger.getLogger(SocketIoChannel.class);
    /** The input and output channel name Rasa gives this channel. */
    public static final String NAME = "socketio";
    static final String SESSION_REQUEST = "session_request";
    static final String SESSION_CONFIRM = "session_confirm";
    /** Messages of one socket that may wait for their turn; later ones are dropped. */
    static final int MAX_QUEUED_TURNS = 32;

    /** The limits on what a client may send, in characters. */
    public record Limits(int maxMessageChars, int maxSenderChars) {
    }

    private final Supplier<SocketIoSettings> settings;
    private final Function<UserMessage, List<Event>> turns;
    private final Executor worker;
    private final Limits limits;
    private final Map<String, SocketState> states = new ConcurrentHashMap<>();

    /**
     * @param turns runs one turn and returns its bot events; it blocks
     * @param worker runs the turns
     */
    public SocketIoChannel(Supplier<SocketIoSettings> settings,
            Function<UserMessage, List<Event>> turns, Executor worker, Limits limits) {
        this.settings = settings;
        this.turns = turns;
        this.worker = worker;
        this.limits = limits;
    }

    @Override
    public void onEvent(ClientSocket socket, String event, List<JsonNode> args) {
        JsonNode data = args.isEmpty() ? null : args.get(0);
        SocketIoSettings current = settings.get();
        if (SESSION_REQUEST.equals(event)) {
            confirmSession(socket, data, current);
        } else if (current.userMessageEvent().equals(event)) {
            receiveMessage(socket, data, current);
        } else {
            LOG.debugf("socketio: ignored event '%s' from socket %s", abbreviate(event),
                    socket.id());
        }
    }

    @Override
    public void onDisconnect(ClientSocket socket, String reason) {
        states.remove(socket.id());
        LOG.debugf("socketio: socket %s disconnected: %s", socket.id(), reason);
    }

    /** Returns the number of sockets with per-socket state, for tests of the clean-up. */
    int trackedSockets() {
        return states.size();
    }

    private void confirmSession(ClientSocket socket, JsonNode data, SocketIoSettings current) {
        String sessionId = requestedSessionId(data);
        if (current.sessionPersistence()) {
            SocketState state = state(socket);
            String previous = state.swapSession(sessionId);
            if (previous != null && !previous.equals(sessionId)) {
                socket.leaveRoom(previous);
            }
            socket.joinRoom(sessionId);
        }
        LOG.debugf("socketio: socket %s confirmed session %s", socket.id(), sessionId);
        socket.emit(SESSION_CONFIRM, TextNode.valueOf(sessionId));
    }

    private String requestedSessionId(JsonNode data) {
        JsonNode id = data == null ? null : data.get("session_id");
        if (id == null || !id.isValueNode() || id.isNull() || id.asText().isBlank()
                || id.asText().length() > limits.maxSenderChars()
                || JsonBody.hasLoneSurrogate(id.asText())) {
            return UUID.randomUUID().toString().replace("-", "");
        }
        return id.asText();
    }

    private void receiveMessage(ClientSocket socket, JsonNode data, SocketIoSettings current) {
        UserMessage message = toUserMessage(socket, data, current);
        if (message == null) {
            return;
        }
        String room = current.sessionPersistence() ? message.senderId() : socket.id();
        String botEvent = current.botMessageEvent();
        boolean queued = state(socket).turns.offer(() -> runTurn(socket, message, room,
                botEvent));
        if (!queued) {
            LOG.warnf("socketio: socket %s has %d messages waiting; dropped a message for %s",
                    socket.id(), MAX_QUEUED_TURNS, message.senderId());
        }
    }

    /** Reads a user message, or returns null (after a DEBUG line) when it is to be ignored. */
    private UserMessage toUserMessage(ClientSocket socket, JsonNode data,
            SocketIoSettings current) {
        if (data == null || !data.isObject()) {
            LOG.debugf("socketio: ignored a user message that is not an object, socket %s",
                    socket.id());
            return null;
        }
        String sender = sender(socket, data, current);
        if (sender == null) {
            return null;
        }
        JsonNode text = data.path("message");
        if (!text.isMissingNode() && !text.isNull() && !text.isValueNode()) {
            LOG.debugf("socketio: ignored a message whose text is not a string, sender %s",
                    sender);
            return null;
        }
        String body = text.isMissingNode() || text.isNull() ? "" : text.asText();
        // rasa-webchat sends a message with no text when it connects; answering it would greet
        // every new page with a fallback reply, so such messages are ignored.
        if (!dev.apprentice.nlu.MiniLmEmbedder.hasVisibleText(body)) {
            LOG.debugf("socketio: ignored a message without visible text, sender %s", sender);
            return null;
        }
        if (body.length() > limits.maxMessageChars() || JsonBody.hasLoneSurrogate(body)) {
            LOG.warnf("socketio: ignored a message of %d characters from sender %s (limit %d,"
                    + " or an unpaired surrogate)", body.length(), sender,
                    limits.maxMessageChars());
            return null;
        }
        JsonNode metadata = metadata(data.get(current.metadataKey()), sender);
        return new UserMessage(sender, body, metadata, NAME, NAME, null);
    }

    private String sender(ClientSocket socket, JsonNode data, SocketIoSettings current) {
        if (!current.sessionPersistence()) {
            return socket.id();
        }
        JsonNode id = data.get("session_id");
        if (id == null || !id.isValueNode() || id.isNull() || id.asText().isBlank()) {
            LOG.debugf("socketio: ignored a message without session_id from socket %s;"
                    + " session_persistence is on", socket.id());
            return null;
        }
        if (id.asText().length() > limits.maxSenderChars()
                || JsonBody.hasLoneSurrogate(id.asText())) {
            LOG.debugf("socketio: ignored a message with an invalid session_id, socket %s",
                    socket.id());
            return null;
        }
        return id.asText();
    }

    /** Returns the metadata object; a JSON string is decoded first, anything else dropped. */
    private static JsonNode metadata(JsonNode value, String sender) {
        if (value == null || value.isNull()) {
            return null;
        }
        JsonNode decoded = value;
        if (value.isTextual()) {
            try {
                decoded = Json.INPUT_MAPPER.readTree(value.asText());
            } catch (JsonProcessingException e) {
                decoded = null;
            }
        }
        if (decoded == null || !decoded.isObject()) {
            LOG.debugf("socketio: dropped metadata that is not a JSON object, sender %s",
                    sender);
            return null;
        }
        return decoded;
    }

    private void runTurn(ClientSocket socket, UserMessage message, String room,
            String botEvent) {
        List<Event> botEvents;
        try {
            botEvents = turns.apply(message);
        } catch (RuntimeException e) {
            LOG.errorf(e, "socketio: the turn of sender %s failed", message.senderId());
            return;
        }
        for (JsonNode payload : SocketIoOutput.payloads(botEvents)) {
            socket.emitToRoom(room, botEvent, payload);
        }
    }

    private SocketState state(ClientSocket socket) {
        SocketState state = states.computeIfAbsent(socket.id(),
                id -> new SocketState(new TaskQueue(worker, MAX_QUEUED_TURNS)));
        if (!socket.connected()) {
            // A disconnect on another thread may have run before the entry was made.
            states.remove(socket.id());
        }
        return state;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** Per-socket state: its turn queue and the session it confirmed last. */
    private static final class SocketState {
        final TaskQueue turns;
        private String session;

        SocketState(TaskQueue turns) {
            this.turns = turns;
        }

        synchronized String swapSession(String next) {
            String previous = session;
            session = next;
            return previous;
        }
    }
}
