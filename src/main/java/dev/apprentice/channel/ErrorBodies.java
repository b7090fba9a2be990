package dev.apprentice.channel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds responses with Rasa's error body, for the channels. */
public final class ErrorBodies {

    public static final String RASA_VERSION = "3.6.21";

    private ErrorBodies() {
    }

    public static ObjectNode body(int code, String reason, String message, ObjectNode details) {
        ObjectNode node = Json.object();
        node.put("version", RASA_VERSION);
        node.put("status", "failure");
        node.put("message", message);
        node.put("reason", reason);
        node.set("details", details == null ? Json.object() : details);
        node.putNull("help");
        node.put("code", code);
        return node;
    }

    public static Response response(int code, String reason, String message) {
        return Response.status(code).type(MediaType.APPLICATION_JSON)
                .entity(body(code, reason, message, null).toString()).build();
    }

    public static Response badRequest(String message, String parameter) {
        ObjectNode details = Json.object().put("parameter", parameter).put("in", "body");
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(body(400, "BadRequest", message, details).toString()).build();
    }
}
