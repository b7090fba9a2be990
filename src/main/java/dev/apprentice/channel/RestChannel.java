package dev.apprentice.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.apprentice.agent.Agent;
import dev.apprentice.agent.AgentNotReadyException;
import dev.apprentice.config.ApprenticeConfig;
import dev.apprentice.knowledge.Trust;
import dev.apprentice.processor.TurnResult;
import dev.apprentice.processor.UserMessage;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Rasa's REST channel: {@code POST /webhooks/rest/webhook} takes
 * {@code {"sender", "message", "metadata"}} and returns the bot's messages as a JSON array.
 * Unlike Rasa, a body that is not such an object gets a 400 with Rasa's error body instead of a
 * server error, so a client can tell its mistake from ours. {@code ?token=} passes the teacher
 * token of the knowledge memory on as {@code metadata.teacher_token}.
 */
@Path("/webhooks/rest")
public class RestChannel {

    private static final Logger LOG = Logger.getLogger(RestChannel.class);
    private static final String DEFAULT_SENDER = "default";

    private final Agent agent;
    private final ApprenticeConfig config;
    private final TurnMetrics metrics;

    public RestChannel(Agent agent, ApprenticeConfig config, TurnMetrics metrics) {
        this.agent = agent;
        this.config = config;
        this.metrics = metrics;
    }

    @GET
    @Path("/")
    @Produces(MediaType.APPLICATION_JSON)
    public String health() {
        return "{\"status\":\"ok\"}";
    }

    @POST
    @Path("/webhook")
    @Consumes(MediaType.WILDCARD)
    public Response webhook(byte[] body, @QueryParam("stream") String stream,
            @QueryParam("token") String teacherToken) {
        JsonNode request;
        try {
            request = JsonBody.parse(body);
        } catch (JsonBody.InvalidBodyException e) {
            return ErrorBodies.badRequest(e.getMessage(), "");
        }
        Response invalid = validate(request);
        if (invalid != null) {
            return invalid;
        }
        String sender = request.has("sender") && !request.get("sender").isNull()
                ? request.get("sender").asText() : DEFAULT_SENDER;
        String channel = request.hasNonNull("input_channel")
                ? request.get("input_channel").asText() : "rest";
        boolean streaming = "true".equalsIgnoreCase(stream);
        JsonNode metadata = Trust.withQueryToken(request.get("metadata"), teacherToken);
        UserMessage message = new UserMessage(sender, request.get("message").asText(),
                metadata, channel, streaming ? "queue" : "collector", null);
        return respond(message, streaming);
    }

    private Response respond(UserMessage message, boolean streaming) {
        TurnResult result;
        long start = System.nanoTime();
        try {
            result = agent.processor().handleMessage(message);
        } catch (AgentNotReadyException e) {
            return ErrorBodies.response(503, "ServiceUnavailable", e.getMessage());
        }
        metrics.record("rest", result, System.nanoTime() - start);
        ArrayNode messages = RestOutput.toMessages(message.senderId(), result.botEvents());
        if (!streaming) {
            return Response.ok(messages.toString(), MediaType.APPLICATION_JSON).build();
        }
        // NOTE: the messages are written when the turn ends, not as each action finishes, so a
        // streaming client sees Rasa's framing (one JSON object per line) without the early
        // delivery.
        StringBuilder lines = new StringBuilder();
        messages.forEach(m -> lines.append(m).append('\n'));
        return Response.ok(lines.toString().getBytes(StandardCharsets.UTF_8),
                "text/event-stream").build();
    }

    private Response validate(JsonNode request) {
        if (!request.isObject()) {
            return ErrorBodies.badRequest("The request body must be a JSON object with 'sender'"
                    + " and 'message'; got a JSON " + request.getNodeType().name().toLowerCase()
                    + ".", "");
        }
        JsonNode sender = request.get("sender");
        if (sender != null && !sender.isNull() && !sender.isTextual()) {
            return ErrorBodies.badRequest("'sender' must be a string.", "sender");
        }
        if (sender != null && sender.isTextual()
                && (sender.asText().isBlank()
                || sender.asText().length() > config.maxSenderChars())) {
            return ErrorBodies.badRequest("'sender' must be a non-empty string of at most "
                    + config.maxSenderChars() + " characters.", "sender");
        }
        JsonNode text = request.get("message");
        if (text == null || text.isNull() || !text.isTextual()) {
            return ErrorBodies.badRequest("'message' is missing or not a string.", "message");
        }
        int length = text.asText().codePointCount(0, text.asText().length());
        if (length > config.maxMessageChars()) {
            LOG.debugf("rejected a message of %d characters (limit %d)", length,
                    config.maxMessageChars());
            return ErrorBodies.response(413, "PayloadTooLarge", "'message' is longer than "
                    + config.maxMessageChars() + " characters.");
        }
        JsonNode metadata = request.get("metadata");
        if (metadata != null && !metadata.isNull() && !metadata.isObject()) {
            return ErrorBodies.badRequest("'metadata' must be a JSON object.", "metadata");
        }
        return null;
    }
}
