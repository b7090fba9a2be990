package dev.apprentice.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads request bodies as JSON. The bytes must be valid UTF-8 and hold exactly one JSON value,
 * and no string or field name may contain an unpaired UTF-16 surrogate (JSON lets {@code "\ud83d"}
 * stand alone, but it is no Unicode text and cannot be stored or sent on). Every violation is an
 * {@link ApiException} with status 400.
 */
final class RequestBodies {

    private static final ObjectReader READER =
            Json.INPUT_MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RequestBodies() {
    }

    /** Parses {@code body} into any JSON value; an empty body is rejected. */
    static JsonNode parse(byte[] body) {
        String text = decodeUtf8(body);
        if (text.isBlank()) {
            throw ApiException.badRequest("The request body is empty. Send a JSON body.");
        }
        JsonNode node;
        try {
            node = READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("The request body is not valid JSON: "
                    + e.getOriginalMessage());
        }
        rejectUnpairedSurrogates(node, "");
        return node;
    }

    /** Parses {@code body}, which must be a JSON object. */
    static ObjectNode parseObject(byte[] body) {
        JsonNode node = parse(body);
        if (!node.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object, not "
                    + describe(node) + ".");
        }
        return (ObjectNode) node;
    }

    /** Returns a short name of the node's JSON type for messages, such as "an array". */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
            case BINARY -> "binary data";
        };
    }

    /** Decodes {@code body} as UTF-8; 400 for bytes that are not valid UTF-8. */
    static String decodeUtf8(byte[] body) {
        if (body == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("The request body is not valid UTF-8.");
        }
    }

    private static void rejectUnpairedSurrogates(JsonNode node, String pointer) {
        if (node.isTextual()) {
            checkText(node.textValue(), pointer);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectUnpairedSurrogates(node.get(i), pointer + "/" + i);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = pointer + "/" + field.getKey();
                checkText(field.getKey(), child);
                rejectUnpairedSurrogates(field.getValue(), child);
            }
        }
    }

    private static void checkText(String text, String pointer) {
        int index = unpairedSurrogateIndex(text);
        if (index >= 0) {
            String escape = String.format("\\u%04x", (int) text.charAt(index));
            throw ApiException.badRequest("The request body contains an unpaired UTF-16 surrogate "
                    + escape + " at '" + pointer + "', which is not valid Unicode. Send "
                    + "characters outside the Basic Multilingual Plane as a surrogate pair.");
        }
    }

    /** Returns the index of the first surrogate without its partner, or -1. */
    static int unpairedSurrogateIndex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
