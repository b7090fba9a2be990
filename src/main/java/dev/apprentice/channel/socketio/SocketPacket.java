package dev.apprentice.channel.socketio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.apprentice.json.Json;

/**
 * One Socket.IO protocol v5 packet, carried in an Engine.IO message:
 * {@code <type digit>[<namespace>,][<ack id>][<JSON payload>]}, where the namespace part is left
 * out for the main namespace {@code /}. Binary events and acknowledgements (types 5 and 6) are
 * rejected, because Rasa's channel uses none.
 *
 * @param namespace the namespace, {@code /} for the main one
 * @param ackId the acknowledgement id, or null when the sender wants none
 * @param data the JSON payload, or null when the packet has none
 */
public record SocketPacket(Type type, String namespace, Long ackId, JsonNode data) {

    /** The main namespace. */
    public static final String MAIN_NAMESPACE = "/";

    private static final ObjectReader STRICT_READER = Json.INPUT_MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Longer ack ids would overflow a long; socket.io clients count up from 0. */
    private static final int MAX_ACK_DIGITS = 15;

    /** Packet types with their wire digits. */
    public enum Type {
        CONNECT, DISCONNECT, EVENT, ACK, CONNECT_ERROR, BINARY_EVENT, BINARY_ACK
    }

    public SocketPacket {
        namespace = namespace == null || namespace.isEmpty() ? MAIN_NAMESPACE : namespace;
    }

    /** Builds an EVENT packet {@code ["name", arg...]}. */
    public static SocketPacket event(String namespace, String name, JsonNode... args) {
        ArrayNode data = Json.array().add(name);
        for (JsonNode arg : args) {
            data.add(arg);
        }
        return new SocketPacket(Type.EVENT, namespace, null, data);
    }

    public String encode() {
        StringBuilder out = new StringBuilder().append((char) ('0' + type.ordinal()));
        if (!MAIN_NAMESPACE.equals(namespace)) {
            out.append(namespace).append(',');
        }
        if (ackId != null) {
            out.append(ackId);
        }
        if (data != null) {
            out.append(data);
        }
        return out.toString();
    }

    /** Decodes and checks one packet; raises {@link ProtocolException} when it is invalid. */
    public static SocketPacket decode(String text) {
        if (text == null || text.isEmpty()) {
            throw new ProtocolException("empty Socket.IO packet");
        }
        int typeIndex = text.charAt(0) - '0';
        if (typeIndex < 0 || typeIndex >= Type.values().length) {
            throw new ProtocolException("unknown Socket.IO packet type '" + text.charAt(0) + "'");
        }
        Type type = Type.values()[typeIndex];
        if (type == Type.BINARY_EVENT || type == Type.BINARY_ACK) {
            throw new ProtocolException("binary Socket.IO packets are not supported");
        }
        int i = 1;
        String namespace = MAIN_NAMESPACE;
        if (i < text.length() && text.charAt(i) == '/') {
            int comma = text.indexOf(',', i);
            int end = comma < 0 ? text.length() : comma;
            namespace = text.substring(i, end);
            i = comma < 0 ? end : comma + 1;
        }
        int ackStart = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        Long ackId = ackId(text.substring(ackStart, i));
        JsonNode data = i < text.length() ? parseJson(text.substring(i)) : null;
        SocketPacket packet = new SocketPacket(type, namespace, ackId, data);
        packet.check();
        return packet;
    }

    private static Long ackId(String digits) {
        if (digits.isEmpty()) {
            return null;
        }
        if (digits.length() > MAX_ACK_DIGITS) {
            throw new ProtocolException("Socket.IO ack id is too long");
        }
        return Long.parseLong(digits);
    }

    private static JsonNode parseJson(String json) {
        try {
            return STRICT_READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProtocolException("Socket.IO payload is not valid JSON");
        }
    }

    /** Checks the payload shape each type allows. */
    private void check() {
        switch (type) {
            case CONNECT -> require(data == null || data.isObject(),
                    "CONNECT payload must be an object");
            case DISCONNECT -> require(data == null, "DISCONNECT takes no payload");
            case EVENT -> require(data != null && data.isArray() && !data.isEmpty()
                    && data.get(0).isTextual(), "EVENT payload must be [\"name\", ...]");
            case ACK -> require(data != null && data.isArray() && ackId != null,
                    "ACK needs an id and an array payload");
            case CONNECT_ERROR -> require(data != null && data.isObject(),
                    "CONNECT_ERROR payload must be an object");
            default -> throw new ProtocolException("unsupported Socket.IO packet type " + type);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ProtocolException(message);
        }
    }
}
