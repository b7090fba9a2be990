package dev.apprentice.nlu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.util.List;

/**
 * What NLU made of one message, serialised as Rasa's {@code /model/parse} result. A null intent
 * is written as {@code {"name": null, "confidence": 0.0}}. {@code modelVersion} names the
 * trained classifier that ranked the intents; it is null when no classifier did (a
 * {@code /intent} shortcut, an empty text) and is then left out of the JSON.
 */
public record ParseResult(
        String text,
        IntentScore intent,
        List<Entity> entities,
        List<IntentScore> intentRanking,
        List<int[]> textTokens,
        String modelVersion) {

    /** The key under which {@link #toJson} writes the model version. */
    public static final String MODEL_VERSION = "model_version";

    public ParseResult {
        entities = entities == null ? List.of() : List.copyOf(entities);
        intentRanking = intentRanking == null ? List.of() : List.copyOf(intentRanking);
        textTokens = textTokens == null ? List.of() : List.copyOf(textTokens);
    }

    /** A result that no trained classifier ranked. */
    public ParseResult(String text, IntentScore intent, List<Entity> entities,
            List<IntentScore> intentRanking, List<int[]> textTokens) {
        this(text, intent, entities, intentRanking, textTokens, null);
    }

    /** The result for a text with nothing in it. */
    public static ParseResult empty(String text) {
        return new ParseResult(text, null, List.of(), List.of(), List.of());
    }

    /**
     * Reads a parse result in Rasa's shape, as a tracker's {@code latest_message} or a user
     * event's {@code parse_data} carries it. Missing parts read as absent, and
     * {@code text_tokens} is not read.
     */
    public static ParseResult fromJson(JsonNode node) {
        JsonNode intent = node.path("intent");
        String name = Json.text(intent, "name");
        List<Entity> entities = new java.util.ArrayList<>();
        node.path("entities").forEach(e -> entities.add(entityFromJson(e)));
        List<IntentScore> ranking = new java.util.ArrayList<>();
        for (JsonNode score : node.path("intent_ranking")) {
            String ranked = Json.text(score, "name");
            if (ranked != null) {
                ranking.add(new IntentScore(ranked, score.path("confidence").asDouble()));
            }
        }
        return new ParseResult(Json.text(node, "text"),
                name == null ? null : new IntentScore(name, intent.path("confidence").asDouble()),
                entities, ranking, List.of());
    }

    public String intentName() {
        return intent == null ? null : intent.name();
    }

    public double confidence() {
        return intent == null ? 0.0 : intent.confidence();
    }

    /** Returns a copy with {@code entities} in place of this result's entities. */
    public ParseResult withEntities(List<Entity> replacement) {
        return new ParseResult(text, intent, replacement, intentRanking, textTokens,
                modelVersion);
    }

    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("text", text);
        ObjectNode intentNode = node.putObject("intent");
        if (intent == null) {
            intentNode.putNull("name");
            intentNode.put("confidence", 0.0);
        } else {
            intentNode.put("name", intent.name());
            intentNode.put("confidence", intent.confidence());
        }
        ArrayNode entityArray = node.putArray("entities");
        entities.forEach(e -> entityArray.add(e.toJson()));
        if (!textTokens.isEmpty()) {
            ArrayNode tokens = node.putArray("text_tokens");
            textTokens.forEach(t -> tokens.addArray().add(t[0]).add(t[1]));
        }
        ArrayNode ranking = node.putArray("intent_ranking");
        intentRanking.forEach(r -> ranking.addObject()
                .put("name", r.name()).put("confidence", r.confidence()));
        if (modelVersion != null) {
            node.put(MODEL_VERSION, modelVersion);
        }
        return node;
    }

    /** An intent and its confidence. */
    public record IntentScore(String name, double confidence) {
    }

    /**
     * An extracted entity; offsets count Unicode code points, end exclusive. {@code start} below
     * zero means the entity has no place in the text (for example, given in a button payload
     * outside the text). {@code value} may be any JSON value.
     */
    public record Entity(
            String entity, int start, int end, JsonNode value, String extractor,
            Double confidence, String role, String group, List<String> processors) {

        public Entity {
            processors = processors == null ? List.of() : List.copyOf(processors);
        }

        public ObjectNode toJson() {
            ObjectNode node = Json.object();
            node.put("entity", entity);
            if (start >= 0) {
                node.put("start", start);
                node.put("end", end);
            }
            node.set("value", value);
            if (confidence != null) {
                node.put("confidence", confidence);
            }
            if (role != null) {
                node.put("role", role);
            }
            if (group != null) {
                node.put("group", group);
            }
            node.put("extractor", extractor);
            if (!processors.isEmpty()) {
                ArrayNode array = node.putArray("processors");
                processors.forEach(array::add);
            }
            return node;
        }

        public String valueText() {
            return value == null || value.isNull() ? null : value.asText();
        }
    }

    /** Reads an entity back from its JSON form, as stored in a {@code user} event. */
    public static Entity entityFromJson(JsonNode node) {
        return new Entity(
                node.path("entity").asText(),
                node.path("start").asInt(-1),
                node.path("end").asInt(-1),
                node.get("value"),
                Json.text(node, "extractor"),
                node.has("confidence") ? node.get("confidence").asDouble() : null,
                Json.text(node, "role"),
                Json.text(node, "group"),
                List.of());
    }
}
