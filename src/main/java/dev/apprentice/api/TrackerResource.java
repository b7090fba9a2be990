package dev.apprentice.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.agent.Agent;
import dev.apprentice.config.ApprenticeConfig;
import dev.apprentice.event.Event;
import dev.apprentice.event.EventValidator;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.tracker.DialogueStateTracker;
import dev.apprentice.tracker.EventVerbosity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.logging.Logger;

/** Reading and writing a conversation's events: tracker, events and story endpoints. */
@Path("/conversations/{conversationId}")
@TokenSecured
public class TrackerResource {

    private static final Logger LOG = Logger.getLogger(TrackerResource.class);

    private final Agent agent;
    private final ApprenticeConfig config;

    public TrackerResource(Agent agent, ApprenticeConfig config) {
        this.agent = agent;
        this.config = config;
    }

    /**
     * Returns the tracker; a conversation never seen shows its session start, which is not
     * stored. With {@code until}, the state is rebuilt from the events up to that time.
     */
    @GET
    @Path("tracker")
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode tracker(@PathParam("conversationId") String conversationId,
            @QueryParam("include_events") String includeEvents,
            @QueryParam("until") String until) {
        EventVerbosity include = QueryParams.includeEvents(includeEvents);
        Double untilTime = QueryParams.until(until);
        String id = RequestFields.conversationId(conversationId, config.maxSenderChars());
        DialogueStateTracker tracker = agent.processor().tracker(id);
        if (untilTime != null) {
            tracker = rewound(tracker, untilTime);
        }
        return tracker.currentState(include);
    }

    /** Appends one event or a list of events and returns the updated tracker. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("tracker/events")
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode appendEvents(@PathParam("conversationId") String conversationId,
            @QueryParam("include_events") String includeEvents,
            @QueryParam("output_channel") String outputChannel,
            @QueryParam("execute_side_effects") String executeSideEffects, byte[] body) {
        EventVerbosity include = QueryParams.includeEvents(includeEvents);
        String id = RequestFields.conversationId(conversationId, config.maxSenderChars());
        MessageProcessor processor = agent.processor();
        List<Event> events = readEvents(body);
        OutputChannels.collected(outputChannel);
        if (QueryParams.bool(executeSideEffects)) {
            reportSideEffects(id, events);
        }
        return processor.appendEvents(id, events).tracker().currentState(include);
    }

    /** Replaces the conversation's events with the given ones. */
    @PUT
    @Consumes(MediaType.WILDCARD)
    @Path("tracker/events")
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode replaceEvents(@PathParam("conversationId") String conversationId,
            @QueryParam("include_events") String includeEvents, byte[] body) {
        EventVerbosity include = QueryParams.includeEvents(includeEvents);
        String id = RequestFields.conversationId(conversationId, config.maxSenderChars());
        MessageProcessor processor = agent.processor();
        List<Event> events = readEvents(body);
        return processor.replaceEvents(id, events).currentState(include);
    }

    /** Returns the conversation as YAML test stories; see {@link TestStoryWriter}. */
    @GET
    @Path("story")
    @Produces(MediaType.TEXT_PLAIN)
    public String story(@PathParam("conversationId") String conversationId,
            @QueryParam("until") String until, @QueryParam("all_sessions") String allSessions) {
        Double untilTime = QueryParams.until(until);
        String id = RequestFields.conversationId(conversationId, config.maxSenderChars());
        MessageProcessor processor = agent.processor();
        if (!processor.exists(id)) {
            throw ApiException.notFound("Not found", "Conversation ID not found.");
        }
        List<Event> events = processor.tracker(id).events();
        if (untilTime != null) {
            events = eventsUntil(events, untilTime);
        }
        var stories = TestStoryWriter.stories(id, events, QueryParams.bool(allSessions));
        return TestStoryWriter.write(stories, processor.bot().domain());
    }

    /** Validates the body as Rasa's events schema and reads the events of known types. */
    static List<Event> readEvents(byte[] body) {
        JsonNode node = RequestBodies.parse(body);
        if (!node.isObject() && !node.isArray()) {
            throw ApiException.badRequest(validationMessage("the body must be an event object "
                    + "or a list of events, not " + RequestBodies.describe(node) + "."));
        }
        List<JsonNode> known;
        try {
            known = EventValidator.validate(node);
        } catch (EventValidator.InvalidEventException e) {
            throw ApiException.badRequest(validationMessage(e.getMessage()));
        }
        if (known.isEmpty()) {
            throw ApiException.badParameter("Couldn't extract a proper event from the request "
                    + "body.", "", "body");
        }
        double now = System.currentTimeMillis() / 1000.0;
        return known.stream().map(e -> Event.fromJson(e, now)).toList();
    }

    private static String validationMessage(String error) {
        return "Failed to validate the events format. For more information about the format "
                + "see Rasa's event documentation. Error: " + error;
    }

    private static DialogueStateTracker rewound(DialogueStateTracker tracker, double until) {
        return new DialogueStateTracker(tracker.senderId(), tracker.domain(),
                eventsUntil(tracker.events(), until));
    }

    private static List<Event> eventsUntil(List<Event> events, double until) {
        return events.stream().filter(e -> e.timestamp() <= until).toList();
    }

    // TODO: send bot events to the output channel and schedule or cancel reminders, as Rasa
    // does with execute_side_effects=true. Until then both are only logged.
    private static void reportSideEffects(String senderId, List<Event> events) {
        long bot = events.stream().filter(e -> e.is("bot")).count();
        long reminders = events.stream()
                .filter(e -> e.is("reminder") || e.is("cancel_reminder")).count();
        if (bot > 0) {
            LOG.infof("sender %s: %d bot messages stored but not sent; side effects only log "
                    + "them here", senderId, bot);
        }
        if (reminders > 0) {
            LOG.warnf("sender %s: %d reminder events stored but not scheduled; reminders are "
                    + "not supported", senderId, reminders);
        }
    }
}
