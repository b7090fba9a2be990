package dev.apprentice.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.knowledge.KnowledgeDocument.AliasItem;
import dev.apprentice.knowledge.KnowledgeDocument.Contents;
import dev.apprentice.knowledge.KnowledgeDocument.ExampleItem;
import dev.apprentice.knowledge.KnowledgeDocument.FactItem;
import dev.apprentice.knowledge.KnowledgeDocument.SenseItem;
import dev.apprentice.knowledge.KnowledgeDocument.TermItem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** Reads and checks a {@link KnowledgeDocument}; every error names the field's path. */
final class DocumentReader {

    /** The longest name, alias, relation or intent accepted, in characters. */
    static final int MAX_NAME = 200;
    /** The longest gloss, example, fact object or example text accepted, in characters. */
    static final int MAX_TEXT = 10_000;

    private static final String IMPORT_SENDER = "import";

    private final Instant now;

    DocumentReader(Instant now) {
        this.now = now;
    }

    Contents read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw KnowledgeException.invalid("The document must be a JSON object with"
                    + " 'version' and 'terms'.");
        }
        checkHeader(root);
        return new Contents(list(root, "terms", "terms", this::term),
                list(root, "facts", "facts", this::fact),
                list(root, "labelled_examples", "labelled_examples", this::example));
    }

    private static void checkHeader(JsonNode root) {
        JsonNode format = root.get("format");
        if (format != null && !KnowledgeDocument.FORMAT.equals(format.asText())) {
            throw KnowledgeException.invalid("'format' must be '" + KnowledgeDocument.FORMAT
                    + "', was '" + format.asText() + "'.");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt()) {
            throw KnowledgeException.invalid("'version' is missing or not an integer; this"
                    + " service reads version " + KnowledgeDocument.VERSION + ".");
        }
        if (version.asInt() != KnowledgeDocument.VERSION) {
            throw KnowledgeException.invalid("'version' " + version.asInt() + " is not"
                    + " supported; this service reads version " + KnowledgeDocument.VERSION
                    + ".");
        }
    }

    private TermItem term(JsonNode node, String path) {
        String name = text(node, "name", path, MAX_NAME);
        return new TermItem(name, provenance(node, path), review(node, path),
                list(node, "aliases", path + ".aliases", this::alias),
                list(node, "senses", path + ".senses", this::sense));
    }

    private AliasItem alias(JsonNode node, String path) {
        if (node.isTextual()) {
            return new AliasItem(required(node.asText(), path, MAX_NAME), importProvenance(),
                    ReviewState.APPROVED);
        }
        return new AliasItem(text(node, "alias", path, MAX_NAME), provenance(node, path),
                review(node, path));
    }

    private SenseItem sense(JsonNode node, String path) {
        List<String> examples = list(node, "examples", path + ".examples",
                (example, at) -> required(example.isTextual() ? example.asText() : null, at,
                        MAX_TEXT));
        return new SenseItem(text(node, "gloss", path, MAX_TEXT), examples,
                provenance(node, path), review(node, path));
    }

    private FactItem fact(JsonNode node, String path) {
        return new FactItem(text(node, "subject", path, MAX_NAME),
                text(node, "relation", path, MAX_NAME), text(node, "object", path, MAX_TEXT),
                provenance(node, path), review(node, path));
    }

    private ExampleItem example(JsonNode node, String path) {
        JsonNode applied = node.get("applied");
        if (applied != null && !applied.isBoolean()) {
            throw KnowledgeException.invalid(path + ".applied must be true or false.");
        }
        return new ExampleItem(text(node, "text", path, MAX_TEXT),
                text(node, "intent", path, MAX_NAME), applied != null && applied.asBoolean(),
                provenance(node, path), review(node, path));
    }

    private static <T> List<T> list(JsonNode parent, String field, String path,
            BiFunction<JsonNode, String, T> item) {
        JsonNode array = parent.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw KnowledgeException.invalid(path + " must be a list.");
        }
        List<T> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            items.add(item.apply(array.get(i), path + "[" + i + "]"));
        }
        return items;
    }

    private static String text(JsonNode node, String field, String path, int maxLength) {
        if (!node.isObject()) {
            throw KnowledgeException.invalid(path + " must be an object.");
        }
        JsonNode value = node.get(field);
        return required(value != null && value.isTextual() ? value.asText() : null,
                path + "." + field, maxLength);
    }

    private static String required(String value, String path, int maxLength) {
        if (value == null || value.isBlank()) {
            throw KnowledgeException.invalid(path + " is missing, blank or not a string.");
        }
        if (value.length() > maxLength) {
            throw KnowledgeException.invalid(path + " is longer than " + maxLength
                    + " characters.");
        }
        return value.strip();
    }

    private static ReviewState review(JsonNode node, String path) {
        JsonNode value = node.get("review");
        if (value == null || value.isNull()) {
            return ReviewState.APPROVED;
        }
        try {
            return ReviewState.valueOf(value.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw KnowledgeException.invalid(path + ".review must be pending, approved or"
                    + " rejected, was '" + value.asText() + "'.");
        }
    }

    private Provenance provenance(JsonNode node, String path) {
        JsonNode value = node.get("provenance");
        if (value == null || value.isNull()) {
            return importProvenance();
        }
        if (!value.isObject()) {
            throw KnowledgeException.invalid(path + ".provenance must be an object.");
        }
        JsonNode turn = value.get("turn");
        if (turn != null && !turn.isNull() && !turn.isInt()) {
            throw KnowledgeException.invalid(path + ".provenance.turn must be an integer.");
        }
        return new Provenance(optional(value, "sender", IMPORT_SENDER),
                optional(value, "conversation_id", null), turn == null ? -1 : turn.asInt(-1),
                optional(value, "mode", null), time(value, path + ".provenance.time"));
    }

    private Instant time(JsonNode provenance, String path) {
        String time = optional(provenance, "time", null);
        if (time == null) {
            return now;
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw KnowledgeException.invalid(path + " must be an ISO-8601 instant such as"
                    + " 2026-01-31T10:00:00Z, was '" + time + "'.");
        }
    }

    private static String optional(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private Provenance importProvenance() {
        return new Provenance(IMPORT_SENDER, null, -1, null, now);
    }
}
