package dev.apprentice.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and checks fields of JSON request bodies; each failure is a 400 naming the field. */
final class RequestFields {

    private RequestFields() {
    }

    /**
     * Returns the message text in {@code field}: a string, or a list whose first item is a
     * string (Rasa's parse endpoint takes the first item). Too long a text is a 413.
     */
    static String messageText(ObjectNode body, String field, int maxChars) {
        JsonNode value = body.get(field);
        if (value != null && value.isArray()) {
            value = value.isEmpty() ? null : value.get(0);
        }
        if (value == null || value.isNull()) {
            throw ApiException.badParameter("The request body is missing '" + field
                    + "'. Send the message as {\"" + field + "\": \"…\"}.", field, "body");
        }
        if (!value.isTextual()) {
            throw ApiException.badParameter("'" + field + "' must be a string, not "
                    + RequestBodies.describe(value) + ".", field, "body");
        }
        String text = value.textValue();
        if (text.length() > maxChars) {
            throw new ApiException(413, "PayloadTooLarge", "'" + field + "' is longer than "
                    + maxChars + " characters.", null);
        }
        return text;
    }

    /** Returns the string in {@code field}, which must be present and not null. */
    static String requiredString(ObjectNode body, String field) {
        String value = optionalString(body, field);
        if (value == null) {
            throw ApiException.badParameter("The request body is missing '" + field + "'.",
                    field, "body");
        }
        return value;
    }

    /** Returns the string in {@code field}, or null when it is absent or JSON null. */
    static String optionalString(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badParameter("'" + field + "' must be a string, not "
                    + RequestBodies.describe(value) + ".", field, "body");
        }
        return value.textValue();
    }

    /** Returns the number in {@code field}, or null when it is absent or JSON null. */
    static Double optionalNumber(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw ApiException.badParameter("'" + field + "' must be a number, not "
                    + RequestBodies.describe(value) + ".", field, "body");
        }
        return value.doubleValue();
    }

    /** Returns the conversation id of the path, rejecting one longer than {@code maxChars}. */
    static String conversationId(String id, int maxChars) {
        if (id.length() > maxChars) {
            throw ApiException.badParameter("The conversation id is longer than " + maxChars
                    + " characters.", "conversation_id", "path");
        }
        return id;
    }
}
