package dev.apprentice.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;

/**
 * Rasa's error body ({@code ErrorResponse} in Rasa 3.6 {@code rasa/server.py}): the HTTP status
 * is repeated in {@code code}, {@code status} is always {@code "failure"}, and {@code details}
 * is an object that may name the bad parameter as {@code {"parameter": …, "in": …}}.
 */
public record RasaError(
        String version, String status, String message, String reason, JsonNode details,
        String help, int code) {

    static final String HELP_URL = "https://rasa.com/docs/rasa/user-guide/configuring-http-api/";

    public static RasaError of(int code, String reason, String message, ObjectNode details) {
        return new RasaError(RasaApi.VERSION, "failure", message, reason,
                details == null ? Json.object() : details, HELP_URL, code);
    }
}
