package dev.apprentice.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.agent.Agent;
import dev.apprentice.channel.RestOutput;
import dev.apprentice.config.ApprenticeConfig;
import dev.apprentice.json.Json;
import dev.apprentice.nlu.ParseResult;
import dev.apprentice.policy.Prediction;
import dev.apprentice.processor.MessageProcessor;
import dev.apprentice.processor.PredictionResult;
import dev.apprentice.processor.TurnResult;
import dev.apprentice.tracker.EventVerbosity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Driving a conversation: execute, trigger_intent, predict and messages. */
@Path("/conversations/{conversationId}")
@Produces(MediaType.APPLICATION_JSON)
@TokenSecured
public class ConversationResource {

    private final Agent agent;
    private final ApprenticeConfig config;

    public ConversationResource(Agent agent, ApprenticeConfig config) {
        this.agent = agent;
        this.config = config;
    }

    /**
     * Runs the named action, then lets the policies continue until the bot listens. Deprecated
     * in Rasa 3 in favour of trigger_intent, and kept for clients that still call it.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("execute")
    public ObjectNode execute(@PathParam("conversationId") String conversationId,
            @QueryParam("include_events") String includeEvents,
            @QueryParam("output_channel") String outputChannel, byte[] body) {
        EventVerbosity include = QueryParams.includeEvents(includeEvents);
        String id = RequestFields.conversationId(conversationId, config.maxSenderChars());
        MessageProcessor processor = agent.processor();
        ObjectNode request = RequestBodies.parseObject(body);
        String name = requiredName(request, "action");
        String policy = RequestFields.optionalString(request, "policy");
        Double confidence = RequestFields.optionalNumber(request, "confidence");
        requireConversation(processor, id);
        TurnResult turn = processor.execute(id, name, policy, confidence,
                OutputChannels.collected(outputChannel));
        return trackerAndMessages(id, turn, include);
    }

    /**
     * Logs the intent as an external user message ({@code EXTERNAL: <intent>}) with the given
     * entities, then runs the actions the policies predict.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("trigger_intent")
    public ObjectNode triggerIntent(@PathParam("conversationId") String conversationId,
            @QueryParam("include_events") String includeEvents,
            @QueryParam("output_channel") String outputChannel, byte[] body) {
        EventVerbosity include = QueryParams.includeEvents(includeEvents);
        String id = RequestFields.conversationId(conversationId, config.maxSenderChars());
        MessageProcessor processor = agent.processor();
        ObjectNode request = RequestBodies.parseObject(body);
        String intent = requiredName(request, "intent");
        List<ParseResult.Entity> entities = externalEntities(request.get("entities"));
        if (!processor.bot().domain().hasIntent(intent)) {
            throw ApiException.notFound("NotFound",
                    "The intent '" + intent + "' does not exist in the domain.");
        }
        TurnResult turn = processor.triggerIntent(id, intent, entities,
                OutputChannels.collected(outputChannel));
        return trackerAndMessages(id, turn, include);
    }

    /**
     * Returns the scores of the next action without running it: the predicted action with its
     * confidence and every other action of the domain with 0.0, by score then name.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("predict")
    public ObjectNode predict(@PathParam("conversationId") String conversationId,
            @QueryParam("include_events") String includeEvents) {
        EventVerbosity include = QueryParams.includeEvents(includeEvents);
        String id = RequestFields.conversationId(conversationId, config.maxSenderChars());
        MessageProcessor processor = agent.processor();
        requireConversation(processor, id);
        PredictionResult result = processor.predict(id);
        Prediction prediction = result.prediction();
        ObjectNode response = Json.object();
        response.set("scores", scores(prediction,
                processor.bot().domain().actionNames()));
        response.put("policy", prediction.policy());
        response.put("confidence", prediction.confidence());
        response.set("tracker", result.tracker().currentState(include));
        return response;
    }

    /** Logs a user message, running NLU unless {@code parse_data} is given, and no actions. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("messages")
    public ObjectNode addMessage(@PathParam("conversationId") String conversationId,
            @QueryParam("include_events") String includeEvents, byte[] body) {
        EventVerbosity include = QueryParams.includeEvents(includeEvents);
        String id = RequestFields.conversationId(conversationId, config.maxSenderChars());
        MessageProcessor processor = agent.processor();
        ObjectNode request = RequestBodies.parseObject(body);
        JsonNode sender = request.get("sender");
        if (sender == null || !sender.isTextual() || !sender.textValue().equals("user")) {
            throw ApiException.badParameter("Only user messages can be passed to this "
                    + "endpoint: 'sender' must be \"user\".", "sender", "body");
        }
        String text = RequestFields.messageText(request, "text", config.maxMessageChars());
        JsonNode parseData = request.get("parse_data");
        if (parseData != null && !parseData.isNull() && !parseData.isObject()) {
            throw ApiException.badParameter("'parse_data' must be an object, not "
                    + RequestBodies.describe(parseData) + ".", "parse_data", "body");
        }
        ObjectNode parse = parseData == null || parseData.isNull() ? null
                : (ObjectNode) parseData;
        return processor.addMessage(id, text, parse).tracker().currentState(include);
    }

    /**
     * Reads {@code entities} of trigger_intent: absent or null is none, an object maps names to
     * values, a list holds {@code {"entity": …, "value": …}} objects. Anything else is a 400.
     */
    static List<ParseResult.Entity> externalEntities(JsonNode entities) {
        List<ParseResult.Entity> result = new ArrayList<>();
        if (entities == null || entities.isNull()) {
            return result;
        }
        if (entities.isObject()) {
            for (Map.Entry<String, JsonNode> field : entities.properties()) {
                result.add(new ParseResult.Entity(field.getKey(), -1, -1, field.getValue(),
                        null, null, null, null, null));
            }
            return result;
        }
        if (!entities.isArray()) {
            throw ApiException.badParameter("'entities' must be an object of entity names and "
                    + "values or a list of {\"entity\": …, \"value\": …} objects, not "
                    + RequestBodies.describe(entities) + ".", "entities", "body");
        }
        for (int i = 0; i < entities.size(); i++) {
            JsonNode item = entities.get(i);
            if (!item.isObject() || !item.path("entity").isTextual() || !item.has("value")) {
                throw ApiException.badParameter("'entities[" + i + "]' must be an object with "
                        + "'entity' (a string) and 'value'.", "entities", "body");
            }
            result.add(ParseResult.entityFromJson(item));
        }
        return result;
    }

    static ArrayNode scores(Prediction prediction, Iterable<String> actionNames) {
        List<Map.Entry<String, Double>> scores = new ArrayList<>();
        scores.add(Map.entry(prediction.action(), prediction.confidence()));
        for (String action : actionNames) {
            if (!action.equals(prediction.action())) {
                scores.add(Map.entry(action, 0.0));
            }
        }
        scores.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        ArrayNode array = Json.array();
        scores.forEach(s -> array.addObject().put("action", s.getKey())
                .put("score", s.getValue()));
        return array;
    }

    private static void requireConversation(MessageProcessor processor, String id) {
        if (!processor.exists(id)) {
            throw ApiException.notFound("NotFound", "Conversation ID not found.");
        }
    }

    private static ObjectNode trackerAndMessages(String id, TurnResult turn,
            EventVerbosity include) {
        ObjectNode response = Json.object();
        response.set("tracker", turn.tracker().currentState(include));
        response.set("messages", RestOutput.toMessages(id, turn.botEvents()));
        return response;
    }

    /** Returns the body's {@code name}, or raises Rasa's 400 naming what it should name. */
    private static String requiredName(ObjectNode request, String what) {
        String name = RequestFields.optionalString(request, "name");
        if (name == null) {
            throw ApiException.badParameter("Name of the " + what
                    + " not provided in request body.", "name", "body");
        }
        return name;
    }
}
