package dev.apprentice.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;

/**
 * A request the API rejects, turned into {@link RasaError} with {@code status} as the HTTP
 * status and {@code reason} as Rasa's short reason ({@code BadRequest}, {@code NotFound}, …).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String reason;
    private final ObjectNode details;

    public ApiException(int status, String reason, String message, ObjectNode details) {
        super(message);
        this.status = status;
        this.reason = reason;
        this.details = details == null ? Json.object() : details;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "BadRequest", message, null);
    }

    /** Creates a 400 whose details name the bad parameter and where it is (query, body, path). */
    public static ApiException badParameter(String message, String parameter, String in) {
        ObjectNode details = Json.object().put("parameter", parameter).put("in", in);
        return new ApiException(400, "BadRequest", message, details);
    }

    public static ApiException notFound(String reason, String message) {
        return new ApiException(404, reason, message, null);
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public ObjectNode details() {
        return details.deepCopy();
    }

    public RasaError toError() {
        return RasaError.of(status, reason, getMessage(), details());
    }
}
