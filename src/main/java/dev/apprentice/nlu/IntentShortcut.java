package dev.apprentice.nlu;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.json.Json;
import dev.apprentice.nlu.ParseResult.Entity;
import dev.apprentice.nlu.ParseResult.IntentScore;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Reads messages that name their intent directly, as Rasa's RegexMessageHandler does: {@code
 * /intent}, {@code /intent@0.8} or {@code /intent{"entity": "value", "other": [1, 2]}}, the
 * usual payload of buttons.
 *
 * <p>The intent must be declared in the domain or be one of Rasa's default intents; otherwise
 * the message is ordinary text. The confidence is 1.0 when absent, 0.0 when it is not a number,
 * and at most 1.0. Each key of the JSON object becomes an entity, or one entity per item when the
 * value is a list, whose offsets span the JSON object. Keys that are not domain entities are
 * dropped, and JSON that is not an object gives no entities. Text left after the JSON is ignored.
 */
public final class IntentShortcut {

    public static final String EXTRACTOR = "RegexMessageHandler";

    private static final Logger LOG = Logger.getLogger(IntentShortcut.class);
    private static final Pattern MESSAGE = Pattern.compile(
            "^/(?<intent>[^{@]+)(?<confidence>@[0-9.]+)?(?<entities>\\{.+})?(?<rest>.*)");

    private final Domain domain;

    public IntentShortcut(Domain domain) {
        this.domain = domain;
    }

    /** Returns the result for {@code text} if it is a shortcut message of a known intent. */
    public Optional<ParseResult> parse(String text) {
        String stripped = text.strip();
        if (!stripped.startsWith("/")) {
            return Optional.empty();
        }
        Matcher match = MESSAGE.matcher(stripped);
        if (!match.lookingAt()) {
            return Optional.empty();
        }
        String intent = match.group("intent").strip();
        if (!domain.hasIntent(intent)) {
            LOG.debugf("nlu.shortcut unknown intent=%s, parsed as text", intent);
            return Optional.empty();
        }
        if (!match.group("rest").isEmpty()) {
            LOG.debugf("nlu.shortcut ignoring %d trailing characters",
                    match.group("rest").length());
        }
        IntentScore score = new IntentScore(intent, confidence(match.group("confidence")));
        List<Entity> entities = entities(stripped, match);
        return Optional.of(new ParseResult(stripped, score, entities, List.of(score), List.of()));
    }

    private static double confidence(String group) {
        if (group == null) {
            return 1.0;
        }
        try {
            return Math.min(1.0, Double.parseDouble(group.substring(1)));
        } catch (NumberFormatException e) {
            return 0.0;
        }
    }

    private List<Entity> entities(String text, Matcher match) {
        String json = match.group("entities");
        if (json == null) {
            return List.of();
        }
        JsonNode object;
        try {
            object = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            LOG.debugf("nlu.shortcut invalid entity JSON, continuing without entities");
            return List.of();
        }
        if (!object.isObject()) {
            return List.of();
        }
        int start = text.codePointCount(0, match.start("entities"));
        int end = text.codePointCount(0, match.end("entities"));
        List<Entity> entities = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!domain.hasEntity(field.getKey())) {
                LOG.debugf("nlu.shortcut dropping unknown entity=%s", field.getKey());
                continue;
            }
            JsonNode value = field.getValue();
            Iterable<JsonNode> values = value.isArray() ? value : List.of(value);
            for (JsonNode item : values) {
                entities.add(new Entity(field.getKey(), start, end, item, EXTRACTOR,
                        null, null, null, List.of()));
            }
        }
        return entities;
    }
}
