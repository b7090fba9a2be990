package dev.apprentice.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import dev.apprentice.knowledge.ItemKind;
import dev.apprentice.knowledge.KnowledgeException;
import dev.apprentice.knowledge.KnowledgeJson;
import dev.apprentice.knowledge.KnowledgeService;
import dev.apprentice.knowledge.ReviewFilter;
import dev.apprentice.knowledge.ReviewState;
import dev.apprentice.review.Labeller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The review API of the knowledge memory: list, read, approve, reject, edit and delete what
 * users taught, and export or import the whole memory. Items are addressed as
 * {@code /knowledge/{kind}/{id}} with the kinds {@code terms}, {@code aliases},
 * {@code senses}, {@code facts} and {@code examples}.
 */
@Path("/knowledge")
@TokenSecured
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeResource {

    private final KnowledgeService knowledge;
    private final Labeller labeller;

    public KnowledgeResource(KnowledgeService knowledge, Labeller labeller) {
        this.knowledge = knowledge;
        this.labeller = labeller;
    }

    @GET
    @Path("export")
    public ObjectNode export() {
        return knowledge.export();
    }

    /** Merges a document of the export's shape into the store and returns what was added. */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    public ObjectNode importAll(byte[] body) {
        return KnowledgeJson.report(knowledge.importAll(RequestBodies.parse(body)));
    }

    /** Lists the items of one kind, filtered by {@code state} and by the teaching sender. */
    @GET
    @Path("{kind}")
    public ArrayNode list(@PathParam("kind") String kind, @QueryParam("state") String state,
            @QueryParam("sender") String sender) {
        ReviewFilter filter = new ReviewFilter(state(state), blankToNull(sender));
        ArrayNode items = Json.array();
        switch (kind(kind)) {
            case TERM -> knowledge.listTerms(filter)
                    .forEach(t -> items.add(KnowledgeJson.term(t)));
            case ALIAS -> knowledge.listAliases(filter)
                    .forEach(a -> items.add(KnowledgeJson.alias(a)));
            case SENSE -> knowledge.listSenses(filter)
                    .forEach(s -> items.add(KnowledgeJson.sense(s)));
            case FACT -> knowledge.listFacts(filter)
                    .forEach(f -> items.add(KnowledgeJson.fact(f)));
            case EXAMPLE -> knowledge.listExamples(filter)
                    .forEach(e -> items.add(KnowledgeJson.example(e)));
        }
        return items;
    }

    @GET
    @Path("{kind}/{id}")
    public ObjectNode get(@PathParam("kind") String kind, @PathParam("id") String id) {
        return item(kind(kind), id(id));
    }

    /**
     * Approves the item and returns it, or notes that it was merged into an approved twin. An
     * approved labelled example is learned by the running classifier at once.
     */
    @POST
    @Path("{kind}/{id}/approve")
    public ObjectNode approve(@PathParam("kind") String kind, @PathParam("id") String id) {
        ItemKind itemKind = kind(kind);
        long itemId = id(id);
        knowledge.approve(itemKind, itemId);
        if (itemKind == ItemKind.EXAMPLE) {
            labeller.applyApproved();
        }
        return itemOrMerged(itemKind, itemId);
    }

    @POST
    @Path("{kind}/{id}/reject")
    public ObjectNode reject(@PathParam("kind") String kind, @PathParam("id") String id) {
        ItemKind itemKind = kind(kind);
        long itemId = id(id);
        knowledge.reject(itemKind, itemId);
        return item(itemKind, itemId);
    }

    /**
     * Changes the given fields and returns the item: {@code name} and {@code aliases} of a
     * term, {@code gloss} and {@code examples} of a sense, {@code subject}, {@code relation}
     * and {@code object} of a fact, {@code text} and {@code intent} of an example.
     */
    @PATCH
    @Path("{kind}/{id}")
    @Consumes(MediaType.WILDCARD)
    public ObjectNode edit(@PathParam("kind") String kind, @PathParam("id") String id,
            byte[] body) {
        ItemKind itemKind = kind(kind);
        long itemId = id(id);
        return KnowledgeEdits.apply(knowledge, itemKind, itemId, RequestBodies.parseObject(body));
    }

    @DELETE
    @Path("{kind}/{id}")
    public Response delete(@PathParam("kind") String kind, @PathParam("id") String id) {
        knowledge.delete(kind(kind), id(id));
        return Response.noContent().build();
    }

    /** Maps the memory's own failures to Rasa's error body; they are the caller's mistakes. */
    @ServerExceptionMapper
    public Response mapKnowledgeException(KnowledgeException e) {
        ApiException error = switch (e.reason()) {
            case INVALID -> ApiException.badRequest(e.getMessage());
            case NOT_FOUND -> ApiException.notFound("NotFound", e.getMessage());
            case CONFLICT -> new ApiException(409, "Conflict", e.getMessage(), null);
        };
        return ApiExceptionMappers.respond(error.toError());
    }

    private ObjectNode item(ItemKind kind, long id) {
        return switch (kind) {
            case TERM -> KnowledgeJson.term(knowledge.getTerm(id));
            case ALIAS -> KnowledgeJson.alias(knowledge.getAlias(id));
            case SENSE -> KnowledgeJson.sense(knowledge.getSense(id));
            case FACT -> KnowledgeJson.fact(knowledge.getFact(id));
            case EXAMPLE -> KnowledgeJson.example(knowledge.getExample(id));
        };
    }

    private ObjectNode itemOrMerged(ItemKind kind, long id) {
        try {
            return item(kind, id);
        } catch (KnowledgeException e) {
            if (e.reason() != KnowledgeException.Reason.NOT_FOUND) {
                throw e;
            }
            return Json.object().put("id", id).put("kind", kind.singular())
                    .put("merged_into_approved", true);
        }
    }

    static ItemKind kind(String kind) {
        return ItemKind.fromPlural(kind).orElseThrow(() -> ApiException.notFound("NotFound",
                "Unknown knowledge kind '" + kind + "'; use terms, aliases, senses, facts or"
                        + " examples."));
    }

    static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("The id must be a whole number, was '" + id + "'.",
                    "id", "path");
        }
    }

    static ReviewState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ReviewState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("'state' must be pending, approved or rejected,"
                    + " was '" + state + "'.", "state", "query");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
