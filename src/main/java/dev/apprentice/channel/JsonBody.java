package dev.apprentice.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body as JSON with the checks Rasa leaves to its web server: the bytes must be
 * UTF-8, the text valid JSON, and no string in it may hold an unpaired UTF-16 surrogate (JSON
 * allows {@code "\ud83d"} alone, but it is no character and cannot be stored as text).
 */
public final class JsonBody {

    private JsonBody() {
    }

    /** Raised for a body that is not usable JSON; the message says why, for the client. */
    public static final class InvalidBodyException extends RuntimeException {
        public InvalidBodyException(String message) {
            super(message);
        }
    }

    public static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidBodyException("The request body is empty; a JSON object is needed.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidBodyException("The request body is not valid UTF-8.");
        }
        JsonNode node;
        try {
            node = Json.INPUT_MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidBodyException("The request body is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw new InvalidBodyException("The request body is empty; a JSON object is needed.");
        }
        checkSurrogates(node);
        return node;
    }

    private static void checkSurrogates(JsonNode node) {
        if (node.isTextual()) {
            if (hasLoneSurrogate(node.asText())) {
                throw new InvalidBodyException("A string in the request body contains an"
                        + " unpaired UTF-16 surrogate escape, which is not a character.");
            }
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (hasLoneSurrogate(name)) {
                throw new InvalidBodyException("A key in the request body contains an unpaired"
                        + " UTF-16 surrogate escape, which is not a character.");
            }
        });
        node.forEach(JsonBody::checkSurrogates);
    }

    public static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
