package dev.apprentice.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.agent.AgentNotReadyException;
import dev.apprentice.agent.AgentStartup;
import dev.apprentice.json.Json;
import dev.apprentice.knowledge.LabelledExample;
import dev.apprentice.review.LabelStudio;
import dev.apprentice.review.Labeller;
import dev.apprentice.review.Learning;
import dev.apprentice.review.LearningException;
import dev.apprentice.review.LearningModel;
import dev.apprentice.review.QueueItem;
import dev.apprentice.review.QueueRanker;
import dev.apprentice.review.QueueState;
import dev.apprentice.reward.Reward;
import dev.apprentice.reward.RewardService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The review queue API: the queue ranked by the configured query strategy, labelling and
 * skipping items, importing utterances, retraining, Label Studio export and import, and the
 * stored rewards. Guarded by the API token like {@code /knowledge}; labels given here are
 * approved at once.
 */
@Path("/learning")
@TokenSecured
@Produces(MediaType.APPLICATION_JSON)
public class LearningResource {

    private static final String REVIEWER = "reviewer";
    private static final int MAX_LIMIT = 1000;

    private final Learning learning;
    private final AgentStartup trainer;
    private final RewardService rewards;

    public LearningResource(Learning learning, AgentStartup trainer, RewardService rewards) {
        this.learning = learning;
        this.trainer = trainer;
        this.rewards = rewards;
    }

    /**
     * Lists up to {@code limit} items in {@code state}: pending items (the default) best first
     * with their score from the current model, labelled or skipped items newest first without
     * one. 400 for a limit that is not a number from 1 to 1000 or an unknown state.
     */
    @GET
    @Path("queue")
    public ObjectNode queue(@QueryParam("limit") @DefaultValue("20") String limit,
            @QueryParam("state") @DefaultValue("pending") String state) {
        int count = limit(limit);
        QueueState queueState = QueueState.fromId(state).orElseThrow(() ->
                ApiException.badParameter("'state' must be pending, labelled or skipped.",
                        "state", "query"));
        LearningModel model = model();
        ObjectNode body = Json.object().put("strategy", learning.ranker().strategy())
                .put("model_version", model.version()).put("state", queueState.id());
        ArrayNode items = body.putArray("items");
        if (queueState != QueueState.PENDING) {
            learning.queue().inState(queueState, count).forEach(i -> items.add(itemJson(i)));
            return body;
        }
        for (QueueRanker.Ranked entry : ranked(model, count)) {
            items.add(itemJson(entry.item()).put("score", entry.score()));
        }
        return body;
    }

    @GET
    @Path("queue/{id}")
    public ObjectNode item(@PathParam("id") long id) {
        return itemJson(learning.queue().get(id));
    }

    /**
     * Labels an item with {@code {"intent": "..."}}: the label is stored as an approved
     * labelled example and the running classifier learns it at once. Labelling an item again
     * rejects the example its earlier label stored. 400 for an intent the domain does not
     * declare.
     */
    @POST
    @Path("queue/{id}/label")
    @Consumes(MediaType.WILDCARD)
    public ObjectNode label(@PathParam("id") long id, byte[] body) {
        JsonNode intent = RequestBodies.parseObject(body).path("intent");
        if (!intent.isTextual()) {
            throw ApiException.badRequest("The body must be {\"intent\": \"<intent name>\"}.");
        }
        Labeller.Outcome outcome = learning.labeller().labelAsReviewer(id, intent.asText(),
                REVIEWER);
        return itemJson(outcome.item()).put("applied", outcome.applied())
                .set("example", exampleJson(outcome.example()));
    }

    /** Takes a pending item out of the ranking; 409 for a labelled item. */
    @POST
    @Path("queue/{id}/skip")
    public ObjectNode skip(@PathParam("id") long id) {
        return itemJson(learning.queue().markSkipped(id, REVIEWER));
    }

    /** Puts a skipped item back in the queue; 409 for a labelled item. */
    @POST
    @Path("queue/{id}/restore")
    public ObjectNode restore(@PathParam("id") long id) {
        return itemJson(learning.queue().restore(id, REVIEWER));
    }

    /**
     * Queues utterances for labelling: a JSON array of strings, {@code {"utterances": [...]}},
     * or plain text with one utterance a line, in UTF-8 (400 otherwise, as on the webhook).
     * Returns how many were queued; texts already waiting are not queued again.
     */
    @POST
    @Path("queue/import")
    @Consumes(MediaType.WILDCARD)
    public ObjectNode importUtterances(byte[] body) {
        List<String> utterances = utterances(body);
        int added = learning.queue().importUtterances(utterances, REVIEWER);
        return Json.object().put("received", utterances.size()).put("queued", added);
    }

    /** Retrains on the project and every approved labelled example, then swaps the model. */
    @POST
    @Path("retrain")
    public ObjectNode retrain() {
        AgentStartup.Training training = trainer.retrain();
        return Json.object().put("model_version", training.modelVersion())
                .put("examples", training.examples()).put("taught", training.taught())
                .put("millis", training.millis());
    }

    /** Exports up to {@code limit} pending items, best first, as Label Studio tasks. */
    @GET
    @Path("label-studio/tasks")
    public ArrayNode labelStudioTasks(@QueryParam("limit") @DefaultValue("100") String limit) {
        int count = limit(limit);
        LearningModel model = model();
        return LabelStudio.tasks(ranked(model, count), model);
    }

    /** Returns a Label Studio labeling configuration that lists the classifier's intents. */
    @GET
    @Path("label-studio/config")
    @Produces(MediaType.APPLICATION_XML)
    public String labelStudioConfig() {
        return LabelStudio.labelingConfig(model().labels());
    }

    /**
     * Applies the choices of a Label Studio JSON export as approved labels. Malformed tasks and
     * unknown intents are listed in {@code rejected}, and the other tasks still apply.
     */
    @POST
    @Path("label-studio/import")
    @Consumes(MediaType.WILDCARD)
    public ObjectNode labelStudioImport(byte[] body) {
        LabelStudio.Export export = LabelStudio.read(RequestBodies.parse(body));
        Labeller.ImportResult result = learning.labeller().labelAnnotations(
                export.annotations(), "label-studio");
        ObjectNode json = Json.object().put("annotations", export.annotations().size())
                .put("labelled", result.labelled());
        ArrayNode rejected = json.putArray("rejected");
        export.rejected().forEach(rejected::add);
        result.rejected().forEach(rejected::add);
        return json;
    }

    /** Lists the stored rewards and each rated variation's score. */
    @GET
    @Path("rewards")
    public ObjectNode rewardList() {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("rewards");
        for (Reward reward : rewards.list()) {
            list.addObject().put("sender_id", reward.conversationId())
                    .put("message_timestamp", reward.messageTimestamp())
                    .put("value", reward.value()).put("response", reward.response())
                    .put("variation", reward.variation()).put("intent", reward.intent())
                    .put("model_version", reward.modelVersion());
        }
        ObjectNode scores = body.putObject("scores");
        rewards.tallies().forEach((key, tally) -> scores.putObject(key)
                .put("sum", tally.sum()).put("count", tally.count())
                .put("score", tally.score()));
        return body;
    }

    /** Maps the queue's own failures to Rasa's error body; they are the caller's mistakes. */
    @ServerExceptionMapper
    public Response mapLearningException(LearningException e) {
        ApiException error = switch (e.reason()) {
            case INVALID -> ApiException.badRequest(e.getMessage());
            case NOT_FOUND -> ApiException.notFound("NotFound", e.getMessage());
            case CONFLICT -> new ApiException(409, "Conflict", e.getMessage(), null);
        };
        return ApiExceptionMappers.respond(error.toError());
    }

    /** Parses a {@code limit} query parameter; 400 unless it is a number from 1 to 1000. */
    private static int limit(String text) {
        int limit;
        try {
            limit = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badParameter("'limit' must be a number from 1 to " + MAX_LIMIT
                    + ".", "limit", "query");
        }
        return limit;
    }

    private List<QueueRanker.Ranked> ranked(LearningModel model, int limit) {
        List<QueueItem> pending = learning.queue().pending(learning.config().rankPoolSize());
        return learning.ranker().rank(pending, model, limit);
    }

    private LearningModel model() {
        return learning.model().current().orElseThrow(AgentNotReadyException::new);
    }

    private static List<String> utterances(byte[] body) {
        String text = RequestBodies.decodeUtf8(body).strip();
        if (!text.startsWith("[") && !text.startsWith("{")) {
            return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
        JsonNode json = RequestBodies.parse(body);
        JsonNode array = json.isObject() ? json.path("utterances") : json;
        if (!array.isArray()) {
            throw ApiException.badRequest("The body must be a JSON array of strings,"
                    + " {\"utterances\": [...]}, or one utterance a line.");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode utterance : array) {
            if (!utterance.isTextual()) {
                throw ApiException.badRequest("Every utterance must be a string.");
            }
            list.add(utterance.asText());
        }
        return list;
    }

    private static ObjectNode itemJson(QueueItem item) {
        ObjectNode json = Json.object().put("id", item.id()).put("text", item.text())
                .put("sender", item.sender()).put("received_at", item.receivedAt().toString())
                .put("source", item.source()).put("state", item.state().id())
                .put("predicted_intent", item.predictedIntent())
                .put("confidence", item.confidence())
                .put("model_version", item.modelVersion());
        ArrayNode top = json.putArray("top_intents");
        item.topIntents().forEach(s -> top.addObject().put("name", s.name())
                .put("confidence", s.confidence()));
        json.put("label", item.label()).put("labelled_by", item.labelledBy())
                .put("labelled_at", item.labelledAt() == null ? null
                        : item.labelledAt().toString());
        if (item.exampleId() != null) {
            json.put("example_id", item.exampleId());
        }
        return json;
    }

    private static ObjectNode exampleJson(LabelledExample example) {
        return Json.object().put("id", example.id()).put("text", example.text())
                .put("intent", example.intent())
                .put("review", example.review().name().toLowerCase(java.util.Locale.ROOT));
    }
}
