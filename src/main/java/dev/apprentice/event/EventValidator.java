package dev.apprentice.event;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.logging.LogText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Checks events given by clients against Rasa 3.6's event schema
 * ({@code rasa/shared/utils/schemas/events.py}). Each item must be an object with a string
 * {@code event}, a {@code timestamp} that is a number or null, and {@code metadata} that is an
 * object or null. {@code slot} needs {@code name} and {@code value}, {@code entities} needs its
 * list of entities, {@code action} and {@code user} constrain the types of their fields.
 *
 * <p>Two deviations from the schema: an item of an unknown type is skipped with a warning
 * instead of failing the whole body, and a user event's intent name may be null, as this engine
 * writes it for a message no intent matched.
 */
public final class EventValidator {

    private static final Logger LOG = Logger.getLogger(EventValidator.class);

    /**
     * Every event type the schema lists, including the legacy {@code form} types, and this
     * engine's own {@code apprentice_feedback} (a rating from the web chat) and
     * {@code apprentice_learned}, which change no dialogue state.
     */
    public static final Set<String> KNOWN_TYPES = Set.of(
            "user", "action", "slot", "entities", "user_featurization", "cancel_reminder",
            "reminder", "action_execution_rejected", "form_validation", "loop_interrupted",
            "form", "active_loop", "reset_slots", "resume", "pause", "followup", "export",
            "restart", "undo", "rewind", "bot", "session_started", "agent",
            "apprentice_feedback", "apprentice_learned");

    private EventValidator() {
    }

    /** Raised for an invalid event; the message names the item and the field. */
    public static final class InvalidEventException extends RuntimeException {

        InvalidEventException(String message) {
            super(message);
        }
    }

    /**
     * Validates one event object or a list of them and returns the items of known types, in
     * order. Raises {@link InvalidEventException} for the first invalid item.
     */
    public static List<JsonNode> validate(JsonNode body) {
        List<JsonNode> items = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(items::add);
        } else {
            items.add(body);
        }
        List<JsonNode> known = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (validateItem(items.get(i), i)) {
                known.add(items.get(i));
            }
        }
        return known;
    }

    /** Returns false for an item of an unknown type, which the caller skips. */
    private static boolean validateItem(JsonNode item, int index) {
        if (!item.isObject()) {
            throw invalid(index, "must be a JSON object");
        }
        JsonNode type = item.get("event");
        if (type == null || !type.isTextual()) {
            throw invalid(index, "'event' must be a string");
        }
        requireType(item, index, "timestamp", Kind.NUMBER_OR_NULL);
        requireType(item, index, "metadata", Kind.OBJECT_OR_NULL);
        if (!KNOWN_TYPES.contains(type.textValue())) {
            LOG.warnf("skipping event %d of unknown type '%s'", index,
                    LogText.of(type.textValue()));
            return false;
        }
        switch (type.textValue()) {
            case "user" -> validateUser(item, index);
            case "action" -> validateAction(item, index);
            case "slot" -> validateSlot(item, index);
            case "entities" -> {
                requirePresent(item, index, "entities");
                validateEntities(item.get("entities"), index, "entities");
            }
            default -> {
                // The schema pins only the event name for the other types.
            }
        }
        return true;
    }

    private static void validateUser(JsonNode item, int index) {
        for (String field : List.of("text", "input_channel", "message_id")) {
            requireType(item, index, field, Kind.STRING_OR_NULL);
        }
        JsonNode parse = item.get("parse_data");
        if (parse == null) {
            return;
        }
        if (!parse.isObject()) {
            throw invalid(index, "'parse_data' must be an object");
        }
        requireType(parse, index, "text", Kind.STRING_OR_NULL, "parse_data.");
        requireType(parse, index, "intent", Kind.OBJECT, "parse_data.");
        requireType(parse, index, "response_selector", Kind.OBJECT, "parse_data.");
        JsonNode intent = parse.get("intent");
        if (intent != null) {
            validateIntent(intent, index, "parse_data.intent");
        }
        JsonNode ranking = parse.get("intent_ranking");
        if (ranking != null) {
            validateRanking(ranking, index);
        }
        JsonNode entities = parse.get("entities");
        if (entities != null) {
            validateEntities(entities, index, "parse_data.entities");
        }
    }

    private static void validateRanking(JsonNode ranking, int index) {
        if (!ranking.isArray()) {
            throw invalid(index, "'parse_data.intent_ranking' must be a list");
        }
        for (int i = 0; i < ranking.size(); i++) {
            String path = "parse_data.intent_ranking[" + i + "]";
            if (!ranking.get(i).isObject()) {
                throw invalid(index, "'" + path + "' must be an object");
            }
            validateIntent(ranking.get(i), index, path);
        }
    }

    private static void validateIntent(JsonNode intent, int index, String path) {
        requireType(intent, index, "name", Kind.STRING_OR_NULL, path + ".");
        requireType(intent, index, "confidence", Kind.NUMBER, path + ".");
    }

    private static void validateAction(JsonNode item, int index) {
        requireType(item, index, "policy", Kind.STRING_OR_NULL);
        requireType(item, index, "confidence", Kind.NUMBER_OR_NULL);
        requireType(item, index, "name", Kind.STRING_OR_NULL);
        requireType(item, index, "hide_rule_turn", Kind.BOOLEAN);
        requireType(item, index, "action_text", Kind.STRING_OR_NULL);
    }

    private static void validateSlot(JsonNode item, int index) {
        requirePresent(item, index, "name");
        requirePresent(item, index, "value");
        requireType(item, index, "name", Kind.STRING);
    }

    private static void validateEntities(JsonNode entities, int index, String path) {
        if (!entities.isArray()) {
            throw invalid(index, "'" + path + "' must be a list");
        }
        for (int i = 0; i < entities.size(); i++) {
            JsonNode entity = entities.get(i);
            String prefix = path + "[" + i + "].";
            if (!entity.isObject()) {
                throw invalid(index, "'" + path + "[" + i + "]' must be an object");
            }
            if (!entity.has("entity") || !entity.has("value")) {
                throw invalid(index, "'" + path + "[" + i + "]' is missing 'entity' or 'value'");
            }
            requireType(entity, index, "entity", Kind.STRING, prefix);
            requireType(entity, index, "start", Kind.INTEGER, prefix);
            requireType(entity, index, "end", Kind.INTEGER, prefix);
            requireType(entity, index, "confidence", Kind.NUMBER, prefix);
            for (String field : List.of("extractor", "role", "group")) {
                requireType(entity, index, field, Kind.STRING_OR_NULL, prefix);
            }
        }
    }

    private enum Kind {
        STRING("a string"), STRING_OR_NULL("a string or null"), NUMBER("a number"),
        NUMBER_OR_NULL("a number or null"), INTEGER("an integer"), BOOLEAN("a boolean"),
        OBJECT("an object"), OBJECT_OR_NULL("an object or null");

        final String description;

        Kind(String description) {
            this.description = description;
        }

        boolean accepts(JsonNode value) {
            return switch (this) {
                case STRING -> value.isTextual();
                case STRING_OR_NULL -> value.isTextual() || value.isNull();
                case NUMBER -> value.isNumber();
                case NUMBER_OR_NULL -> value.isNumber() || value.isNull();
                case INTEGER -> value.isIntegralNumber();
                case BOOLEAN -> value.isBoolean();
                case OBJECT -> value.isObject();
                case OBJECT_OR_NULL -> value.isObject() || value.isNull();
            };
        }
    }

    private static void requireType(JsonNode node, int index, String field, Kind kind) {
        requireType(node, index, field, kind, "");
    }

    /** Checks {@code field} of {@code node} when it is present. */
    private static void requireType(JsonNode node, int index, String field, Kind kind,
            String prefix) {
        JsonNode value = node.get(field);
        if (value != null && !kind.accepts(value)) {
            throw invalid(index, "'" + prefix + field + "' must be " + kind.description);
        }
    }

    private static void requirePresent(JsonNode node, int index, String field) {
        if (!node.has(field)) {
            throw invalid(index, "the required field '" + field + "' is missing");
        }
    }

    private static InvalidEventException invalid(int index, String problem) {
        return new InvalidEventException("Event " + index + ": " + problem + ".");
    }

}
