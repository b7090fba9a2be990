package dev.apprentice.channel.socketio;

import java.util.ArrayList;
import java.util.List;

/**
 * One Engine.IO protocol v4 packet: a type digit and an optional text payload. Over HTTP
 * long-polling, several packets travel in one body separated by the record separator
 * {@code \x1e}; over WebSocket, each packet is one text frame. Binary packets ({@code b<base64>})
 * are rejected, because Rasa's channel never sends or expects binary data.
 */
public record EnginePacket(Type type, String data) {

    /** The record separator between the packets of one polling body. */
    public static final char SEPARATOR = '\u001e';

    /** Packet types with their wire digits. */
    public enum Type {
        OPEN, CLOSE, PING, PONG, MESSAGE, UPGRADE, NOOP;

        char digit() {
            return (char) ('0' + ordinal());
        }
    }

    public EnginePacket {
        data = data == null ? "" : data;
    }

    public static EnginePacket of(Type type) {
        return new EnginePacket(type, "");
    }

    public static EnginePacket message(String data) {
        return new EnginePacket(Type.MESSAGE, data);
    }

    public String encode() {
        return type.digit() + data;
    }

    /** Decodes one packet; raises {@link ProtocolException} for an empty or unknown packet. */
    public static EnginePacket decode(String text) {
        if (text == null || text.isEmpty()) {
            throw new ProtocolException("empty Engine.IO packet");
        }
        char digit = text.charAt(0);
        if (digit == 'b') {
            throw new ProtocolException("binary Engine.IO packets are not supported");
        }
        int index = digit - '0';
        if (index < 0 || index >= Type.values().length) {
            throw new ProtocolException("unknown Engine.IO packet type '" + digit + "'");
        }
        return new EnginePacket(Type.values()[index], text.substring(1));
    }

    /** Decodes a polling body: one or more packets separated by {@link #SEPARATOR}. */
    public static List<EnginePacket> decodePayload(String body) {
        List<EnginePacket> packets = new ArrayList<>();
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf(SEPARATOR, start);
            if (end < 0) {
                end = body.length();
            }
            packets.add(decode(body.substring(start, end)));
            start = end + 1;
        }
        return packets;
    }

    /** Encodes packets as one polling body. */
    public static String encodePayload(List<EnginePacket> packets) {
        StringBuilder body = new StringBuilder();
        for (EnginePacket packet : packets) {
            if (!body.isEmpty()) {
                body.append(SEPARATOR);
            }
            body.append(packet.encode());
        }
        return body.toString();
    }
}
