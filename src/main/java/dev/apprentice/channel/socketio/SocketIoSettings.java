package dev.apprentice.channel.socketio;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code socketio} entry of credentials.yml, with Rasa's defaults for missing keys.
 *
 * @param path the Engine.IO path with a slash at each end, {@code /socket.io/} by default
 * @param namespace the Socket.IO namespace, {@code /} by default
 * @param jwtKey the key CONNECT tokens must be signed with, or null when none is needed
 */
public record SocketIoSettings(String userMessageEvent, String botMessageEvent,
        boolean sessionPersistence, String metadataKey, String path, String namespace,
        String jwtKey, String jwtMethod) {

    /** Reads the settings; a null or empty node gives all defaults. */
    public static SocketIoSettings from(JsonNode node) {
        return new SocketIoSettings(
                text(node, "user_message_evt", "user_uttered"),
                text(node, "bot_message_evt", "bot_uttered"),
                node != null && node.path("session_persistence").asBoolean(false),
                text(node, "metadata_key", "metadata"),
                normalizePath(text(node, "socketio_path", "/socket.io")),
                normalizeNamespace(text(node, "namespace", "/")),
                text(node, "jwt_key", null),
                text(node, "jwt_method", "HS256"));
    }

    /** Returns whether an HTTP request path is this channel's, with or without the last slash. */
    public boolean matchesPath(String requestPath) {
        return path.equals(requestPath) || path.equals(requestPath + "/");
    }

    private static String text(JsonNode node, String key, String fallback) {
        JsonNode value = node == null ? null : node.get(key);
        return value == null || value.isNull() || value.asText().isEmpty()
                ? fallback : value.asText();
    }

    /** Strips slashes as python-engineio does, then puts one at each end. */
    static String normalizePath(String path) {
        String stripped = path.replaceAll("^/+|/+$", "");
        return stripped.isEmpty() ? "/" : "/" + stripped + "/";
    }

    static String normalizeNamespace(String namespace) {
        return namespace.startsWith("/") ? namespace : "/" + namespace;
    }
}
