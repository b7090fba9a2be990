package dev.apprentice.knowledge;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.util.Locale;

/**
 * The JSON of knowledge items, in snake_case as Rasa's API writes its fields. Review states
 * are written in lower case ({@code "pending"}), times as ISO-8601 instants.
 */
public final class KnowledgeJson {

    private KnowledgeJson() {
    }

    public static String state(ReviewState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    public static ObjectNode provenance(Provenance provenance) {
        ObjectNode json = Json.object();
        json.put("sender", provenance.sender());
        json.put("conversation_id", provenance.conversationId());
        json.put("turn", provenance.turn());
        json.put("mode", provenance.mode());
        json.put("time", provenance.time() == null ? null : provenance.time().toString());
        return json;
    }

    public static ObjectNode term(Term term) {
        ObjectNode json = Json.object().put("id", term.id()).put("name", term.name());
        ArrayNode aliases = json.putArray("aliases");
        term.aliases().forEach(aliases::add);
        ArrayNode senses = json.putArray("senses");
        term.senses().forEach(sense -> senses.add(sense(sense)));
        return reviewed(json, term.provenance(), term.review());
    }

    public static ObjectNode sense(Sense sense) {
        ObjectNode json = Json.object().put("id", sense.id()).put("gloss", sense.gloss());
        ArrayNode examples = json.putArray("examples");
        sense.examples().forEach(examples::add);
        return reviewed(json, sense.provenance(), sense.review());
    }

    public static ObjectNode sense(SenseEntry entry) {
        ObjectNode json = sense(entry.sense());
        json.put("term_id", entry.termId()).put("term", entry.term());
        return json;
    }

    public static ObjectNode alias(AliasEntry alias) {
        ObjectNode json = Json.object().put("id", alias.id()).put("term_id", alias.termId())
                .put("term", alias.term()).put("alias", alias.alias());
        return reviewed(json, alias.provenance(), alias.review());
    }

    public static ObjectNode fact(Fact fact) {
        ObjectNode json = Json.object().put("id", fact.id()).put("subject", fact.subject())
                .put("relation", fact.relation()).put("object", fact.object());
        return reviewed(json, fact.provenance(), fact.review());
    }

    public static ObjectNode example(LabelledExample example) {
        ObjectNode json = Json.object().put("id", example.id()).put("text", example.text())
                .put("intent", example.intent()).put("applied", example.applied());
        return reviewed(json, example.provenance(), example.review());
    }

    public static ObjectNode report(ImportReport report) {
        ObjectNode json = Json.object();
        ArrayNode terms = json.putArray("terms_added");
        report.termsAdded().forEach(terms::add);
        json.put("aliases_added", report.aliasesAdded());
        json.put("senses_added", report.sensesAdded());
        json.put("facts_added", report.factsAdded());
        json.put("examples_added", report.examplesAdded());
        json.put("unchanged", report.unchanged());
        return json;
    }

    static ObjectNode reviewed(ObjectNode json, Provenance provenance, ReviewState review) {
        json.put("review", state(review));
        json.set("provenance", provenance(provenance));
        return json;
    }
}
