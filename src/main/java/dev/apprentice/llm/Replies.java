package dev.apprentice.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;

/** Reads the JSON object a job asks the model for, and checks its fields. */
final class Replies {

    private Replies() {
    }

    /**
     * Parses {@code reply} as one JSON object. A Markdown code fence around it is allowed,
     * because many models add one even when told not to.
     */
    static ObjectNode object(String reply) throws InvalidReplyException {
        String text = reply.strip();
        if (text.startsWith("```")) {
            int firstLine = text.indexOf('\n');
            int fence = text.lastIndexOf("```");
            text = firstLine < 0 || fence <= firstLine ? "" : text.substring(firstLine, fence);
        }
        JsonNode node;
        // NOTE: text after the first JSON value is ignored, so {"a": 1} followed by prose is
        // accepted as the object, and [1] followed by prose is named not an object.
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidReplyException(Failure.MALFORMED, "reply is not JSON");
        }
        // An empty text, such as an empty code fence, reads as a missing node: no JSON at all.
        if (node == null || node.isMissingNode()) {
            throw new InvalidReplyException(Failure.MALFORMED, "reply is not JSON");
        }
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw new InvalidReplyException(Failure.MALFORMED, "reply is not a JSON object");
    }

    /** Returns field {@code name} as a string of at most {@code maxChars} characters. */
    static String text(JsonNode node, String name, int maxChars) throws InvalidReplyException {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw offSchema("field " + name + " is missing or not a string");
        }
        String text = value.asText().strip();
        if (text.length() > maxChars) {
            throw new InvalidReplyException(Failure.RUNAWAY, "field " + name + " has "
                    + text.length() + " characters, more than " + maxChars);
        }
        return text;
    }

    /** Returns field {@code name} as a number in [0, 1]. */
    static double probability(JsonNode node, String name) throws InvalidReplyException {
        JsonNode value = node.get(name);
        if (value == null || !value.isNumber()) {
            throw offSchema("field " + name + " is missing or not a number");
        }
        double p = value.asDouble();
        if (!(p >= 0 && p <= 1)) {
            throw offSchema("field " + name + " is outside [0, 1]");
        }
        return p;
    }

    static InvalidReplyException offSchema(String message) {
        return new InvalidReplyException(Failure.OFF_SCHEMA, message);
    }
}
