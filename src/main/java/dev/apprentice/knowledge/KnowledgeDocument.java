package dev.apprentice.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.time.Instant;
import java.util.List;

/**
 * The whole memory as one JSON document, the shape of export and import:
 *
 * <pre>{@code
 * {"format": "apprentice-knowledge", "version": 1, "exported_at": "2026-01-31T10:00:00Z",
 *  "terms": [{"name": "Orbix", "review": "approved", "provenance": {...},
 *             "aliases": [{"alias": "ORB", "review": "approved", "provenance": {...}}],
 *             "senses": [{"gloss": "...", "examples": ["..."], "review": "...",
 *                         "provenance": {...}}]}],
 *  "facts": [{"subject": "...", "relation": "...", "object": "...", "review": "...",
 *             "provenance": {...}}],
 *  "labelled_examples": [{"text": "...", "intent": "...", "applied": false, "review": "...",
 *                         "provenance": {...}}]}
 * }</pre>
 *
 * A provenance is {@code {"sender", "conversation_id", "turn", "mode", "time"}} with the time
 * as an ISO-8601 instant. On import, {@code format}, {@code review}, {@code provenance},
 * {@code examples}, {@code applied} and each list may be left out, and an alias may be a plain
 * string. Left-out states are {@code approved}; a left-out provenance names the sender
 * {@code import}. Ids and embeddings are not part of the document: ids are given by the store
 * and embeddings are computed again on import.
 */
public final class KnowledgeDocument {

    public static final String FORMAT = "apprentice-knowledge";
    public static final int VERSION = 1;

    private KnowledgeDocument() {
    }

    /** One term with every stored alias and sense of it. */
    public record TermItem(
            String name, Provenance provenance, ReviewState review, List<AliasItem> aliases,
            List<SenseItem> senses) {
    }

    public record AliasItem(String alias, Provenance provenance, ReviewState review) {
    }

    public record SenseItem(
            String gloss, List<String> examples, Provenance provenance, ReviewState review) {
    }

    public record FactItem(
            String subject, String relation, String object, Provenance provenance,
            ReviewState review) {
    }

    public record ExampleItem(
            String text, String intent, boolean applied, Provenance provenance,
            ReviewState review) {
    }

    /** Everything a document contains. */
    public record Contents(List<TermItem> terms, List<FactItem> facts,
            List<ExampleItem> examples) {
    }

    /**
     * Reads a document, checking all of it before anything is stored.
     *
     * @throws KnowledgeException with reason {@code INVALID}, naming the first bad field by
     *     its path, for example {@code terms[3].senses[0].gloss}
     */
    public static Contents parse(JsonNode root, Instant now) {
        return new DocumentReader(now).read(root);
    }

    public static ObjectNode write(Contents contents, Instant exportedAt) {
        ObjectNode root = Json.object().put("format", FORMAT).put("version", VERSION)
                .put("exported_at", exportedAt.toString());
        ArrayNode terms = root.putArray("terms");
        contents.terms().forEach(term -> terms.add(term(term)));
        ArrayNode facts = root.putArray("facts");
        for (FactItem fact : contents.facts()) {
            facts.add(KnowledgeJson.reviewed(Json.object().put("subject", fact.subject())
                    .put("relation", fact.relation()).put("object", fact.object()),
                    fact.provenance(), fact.review()));
        }
        ArrayNode examples = root.putArray("labelled_examples");
        for (ExampleItem example : contents.examples()) {
            examples.add(KnowledgeJson.reviewed(Json.object().put("text", example.text())
                    .put("intent", example.intent()).put("applied", example.applied()),
                    example.provenance(), example.review()));
        }
        return root;
    }

    private static ObjectNode term(TermItem term) {
        ObjectNode json = KnowledgeJson.reviewed(Json.object().put("name", term.name()),
                term.provenance(), term.review());
        ArrayNode aliases = json.putArray("aliases");
        for (AliasItem alias : term.aliases()) {
            aliases.add(KnowledgeJson.reviewed(Json.object().put("alias", alias.alias()),
                    alias.provenance(), alias.review()));
        }
        ArrayNode senses = json.putArray("senses");
        for (SenseItem sense : term.senses()) {
            ObjectNode item = Json.object().put("gloss", sense.gloss());
            ArrayNode examples = item.putArray("examples");
            sense.examples().forEach(examples::add);
            senses.add(KnowledgeJson.reviewed(item, sense.provenance(), sense.review()));
        }
        return json;
    }
}
