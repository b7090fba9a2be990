package dev.apprentice.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whose teaching is approved at once: everyone's when auto-approve is on, else that of
 * the trusted senders and of messages that carry the teacher token in
 * {@code metadata.teacher_token}.
 */
public final class Trust {

    /** The metadata field that carries the teacher token. */
    public static final String TOKEN_FIELD = "teacher_token";

    private final Set<String> trustedSenders;
    private final Optional<String> teacherToken;
    private final boolean autoApprove;

    public Trust(List<String> trustedSenders, Optional<String> teacherToken,
            boolean autoApprove) {
        this.trustedSenders = Set.copyOf(trustedSenders);
        this.teacherToken = teacherToken.filter(token -> !token.isEmpty());
        this.autoApprove = autoApprove;
    }

    public static Trust from(KnowledgeConfig config) {
        return new Trust(config.trustedSenders().orElse(List.of()), config.teacherToken(),
                config.autoApprove());
    }

    /**
     * Returns whether what {@code sender} teaches in a message with {@code metadata} (may be
     * null) is approved at once. The token is compared in constant time.
     */
    public boolean isTrusted(String sender, JsonNode metadata) {
        if (autoApprove || (sender != null && trustedSenders.contains(sender))) {
            return true;
        }
        String offered = Json.text(metadata, TOKEN_FIELD);
        if (teacherToken.isEmpty() || offered == null) {
            return false;
        }
        return MessageDigest.isEqual(teacherToken.get().getBytes(StandardCharsets.UTF_8),
                offered.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the state that a new item taught by {@code sender} starts in. */
    public ReviewState initialState(String sender, JsonNode metadata) {
        return isTrusted(sender, metadata) ? ReviewState.APPROVED : ReviewState.PENDING;
    }

    /**
     * Returns {@code metadata} with {@code token} as its teacher token, for channels that take
     * the token as a query parameter; a null or empty token leaves the metadata as it is, and a
     * token already in the metadata wins.
     */
    // TODO: the token is stored with the user event's metadata, so anyone who may read the
    // tracker through the HTTP API can read it; the processor should drop it before storing.
    public static JsonNode withQueryToken(JsonNode metadata, String token) {
        if (token == null || token.isEmpty()) {
            return metadata;
        }
        ObjectNode merged = metadata != null && metadata.isObject()
                ? ((ObjectNode) metadata).deepCopy() : Json.object();
        if (!merged.hasNonNull(TOKEN_FIELD)) {
            merged.put(TOKEN_FIELD, token);
        }
        return merged;
    }
}
