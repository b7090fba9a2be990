package dev.apprentice.webchat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.agent.Agent;
import dev.apprentice.agent.AgentNotReadyException;
import dev.apprentice.channel.ErrorBodies;
import dev.apprentice.channel.JsonBody;
import dev.apprentice.config.ApprenticeConfig;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.reward.Reward;
import dev.apprentice.reward.RewardService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Stores a thumbs up or down from the /chat page on the conversation's tracker.
 * {@code POST /chat/api/feedback} takes {@code {"sender_id", "value": "up"|"down",
 * "message_timestamp"}}, where the timestamp is that of the rated {@code bot} event, and appends
 * {@code {"event": "apprentice_feedback", "value", "message_timestamp"}}. It answers 404 when the
 * conversation has no bot message with that timestamp. Each rating is also stored as a
 * {@link Reward} of the rated response variation, which later replies take into account. A
 * message has one rating: a new one replaces the reward of the earlier one, and the latest
 * {@code apprentice_feedback} event of a message is its rating.
 */
@Path("/chat/api/feedback")
public class FeedbackResource {

    private static final Logger LOG = Logger.getLogger(FeedbackResource.class);
    /** The event type of a rating; the tracker replay ignores it. */
    public static final String EVENT_TYPE = "apprentice_feedback";
    private static final Set<String> VALUES = Set.of("up", "down");

    private final Agent agent;
    private final ApprenticeConfig config;
    private final RewardService rewards;

    public FeedbackResource(Agent agent, ApprenticeConfig config, RewardService rewards) {
        this.agent = agent;
        this.config = config;
        this.rewards = rewards;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response rate(byte[] body) {
        JsonNode request;
        try {
            request = JsonBody.parse(body);
        } catch (JsonBody.InvalidBodyException e) {
            return ErrorBodies.badRequest(e.getMessage(), "");
        }
        String invalid = validate(request);
        if (invalid != null) {
            return ErrorBodies.badRequest(invalid, "");
        }
        String senderId = request.get("sender_id").asText();
        double messageTime = request.get("message_timestamp").asDouble();
        MessageProcessor processor;
        try {
            processor = agent.processor();
        } catch (AgentNotReadyException e) {
            return ErrorBodies.response(503, "ServiceUnavailable", e.getMessage());
        }
        String value = request.get("value").asText();
        Optional<Reward> reward = processor.exists(senderId)
                ? Reward.of(senderId, processor.tracker(senderId).events(), messageTime, value)
                : Optional.empty();
        if (reward.isEmpty()) {
            return ErrorBodies.response(404, "NotFound", "The conversation has no bot message"
                    + " with message_timestamp " + messageTime + ".");
        }
        processor.appendEvents(senderId, List.of(feedbackEvent(value, messageTime)));
        rewards.record(reward.get());
        LOG.debugf("feedback sender=%s value=%s", senderId, value);
        return Response.ok(Json.object().put("status", "ok").toString()).build();
    }

    /** Builds the event; its own timestamp is set when it is appended. */
    static Event feedbackEvent(String value, double messageTimestamp) {
        ObjectNode json = Json.object().put("event", EVENT_TYPE).put("value", value)
                .put("message_timestamp", messageTimestamp);
        return Event.fromJson(json, 0);
    }

    private String validate(JsonNode request) {
        if (!request.isObject()) {
            return "The body must be a JSON object with sender_id, value and message_timestamp.";
        }
        JsonNode sender = request.path("sender_id");
        if (!sender.isTextual() || sender.asText().isBlank()
                || sender.asText().length() > config.maxSenderChars()) {
            return "'sender_id' must be a non-empty string of at most " + config.maxSenderChars()
                    + " characters.";
        }
        if (!VALUES.contains(request.path("value").asText(null))) {
            return "'value' must be \"up\" or \"down\".";
        }
        if (!request.path("message_timestamp").isNumber()) {
            return "'message_timestamp' must be the number of the rated bot event's timestamp.";
        }
        return null;
    }
}
