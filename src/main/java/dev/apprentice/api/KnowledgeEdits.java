package dev.apprentice.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.knowledge.ItemKind;
import dev.apprentice.knowledge.KnowledgeJson;
import dev.apprentice.knowledge.KnowledgeService;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reads the body of an edit request for one kind of knowledge item and applies it. */
final class KnowledgeEdits {

    private KnowledgeEdits() {
    }

    static ObjectNode apply(KnowledgeService knowledge, ItemKind kind, long id, ObjectNode body) {
        return switch (kind) {
            case TERM -> {
                allow(body, Set.of("name", "aliases"));
                yield KnowledgeJson.term(knowledge.editTerm(id, text(body, "name"),
                        texts(body, "aliases")));
            }
            case SENSE -> {
                allow(body, Set.of("gloss", "examples"));
                yield KnowledgeJson.sense(knowledge.editSense(id, text(body, "gloss"),
                        texts(body, "examples")));
            }
            case FACT -> {
                allow(body, Set.of("subject", "relation", "object"));
                yield KnowledgeJson.fact(knowledge.editFact(id, text(body, "subject"),
                        text(body, "relation"), text(body, "object")));
            }
            case EXAMPLE -> {
                allow(body, Set.of("text", "intent"));
                yield KnowledgeJson.example(knowledge.editExample(id, text(body, "text"),
                        text(body, "intent")));
            }
            case ALIAS -> throw ApiException.badRequest("An alias cannot be edited; edit the"
                    + " term's 'aliases' with PATCH /knowledge/terms/{id} instead.");
        };
    }

    private static void allow(ObjectNode body, Set<String> fields) {
        if (body.isEmpty()) {
            throw ApiException.badRequest("The body names no field to change; use "
                    + String.join(", ", fields.stream().sorted().toList()) + ".");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw ApiException.badParameter("'" + name + "' cannot be edited here; use "
                        + String.join(", ", fields.stream().sorted().toList()) + ".", name,
                        "body");
            }
        }
    }

    private static String text(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badParameter("'" + field + "' must be a string.", field, "body");
        }
        return value.asText();
    }

    private static List<String> texts(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw ApiException.badParameter("'" + field + "' must be a list of strings.", field,
                    "body");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw ApiException.badParameter("'" + field + "' must be a list of strings.",
                        field, "body");
            }
            texts.add(item.asText());
        }
        return texts;
    }
}
