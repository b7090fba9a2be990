package dev.apprentice.webchat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.agent.Agent;
import dev.apprentice.agent.AgentNotReadyException;
import dev.apprentice.channel.ErrorBodies;
import dev.apprentice.channel.socketio.SocketIoChannel;
import dev.apprentice.config.ApprenticeConfig;
import dev.apprentice.event.Event;
import dev.apprentice.json.Json;
import dev.apprentice.processor.MessageProcessor;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;

/**
 * Read-only views of the /chat page's own conversation, so that the page works when
 * {@code apprentice.auth-token} protects the HTTP API. Like the rest of /chat these routes need
 * no token. The id is the widget's Socket.IO session id.
 * <ul>
 *   <li>{@code GET /chat/api/conversations/{id}/bot-events}: {@code {"events": [...]}} with
 *       the {@code event}, {@code timestamp}, {@code text} and {@code data} of each bot event,
 *       which the page matches to its bubbles to rate them.</li>
 *   <li>{@code GET /chat/api/conversations/{id}/learned}: {@code {"learned": [...]}} with every
 *       {@code apprentice_learned} event.</li>
 * </ul>
 * A conversation that has no user message from the Socket.IO channel, or does not exist, gets
 * empty lists, so these routes cannot read conversations of the REST channel or the HTTP API.
 */
@Path("/chat/api/conversations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ChatSessionResource {

    private static final String LEARNED = "apprentice_learned";

    private final Agent agent;
    private final ApprenticeConfig config;

    public ChatSessionResource(Agent agent, ApprenticeConfig config) {
        this.agent = agent;
        this.config = config;
    }

    @GET
    @Path("bot-events")
    public Response botEvents(@PathParam("id") String id) {
        return list(id, "events", "bot", ChatSessionResource::botFields);
    }

    @GET
    @Path("learned")
    public Response learned(@PathParam("id") String id) {
        return list(id, "learned", LEARNED, Event::json);
    }

    private Response list(String id, String field, String type,
            Function<Event, ObjectNode> fields) {
        if (id.isBlank() || id.length() > config.maxSenderChars()) {
            return ErrorBodies.badRequest("The conversation id must be a non-empty string of at"
                    + " most " + config.maxSenderChars() + " characters.", "id");
        }
        MessageProcessor processor;
        try {
            processor = agent.processor();
        } catch (AgentNotReadyException e) {
            return ErrorBodies.response(503, "ServiceUnavailable", e.getMessage());
        }
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray(field);
        for (Event event : chatEvents(processor, id)) {
            if (event.is(type)) {
                items.add(fields.apply(event));
            }
        }
        return Response.ok(body.toString()).build();
    }

    /** Returns the events of a conversation the page's channel took part in, else none. */
    private static List<Event> chatEvents(MessageProcessor processor, String id) {
        if (!processor.exists(id)) {
            return List.of();
        }
        List<Event> events = processor.tracker(id).events();
        boolean fromChat = events.stream().anyMatch(e -> e.is("user")
                && SocketIoChannel.NAME.equals(e.get("input_channel").asText()));
        return fromChat ? events : List.of();
    }

    private static ObjectNode botFields(Event event) {
        ObjectNode fields = Json.object().put("event", "bot")
                .put("timestamp", event.timestamp());
        fields.set("text", event.get("text"));
        fields.set("data", event.get("data"));
        return fields;
    }
}
