package dev.apprentice.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import dev.apprentice.training.ExampleEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the entity annotations of a training example into plain text and entities.
 *
 * <p>Grammar, as in Rasa 3.6: {@code [text](entity)}, {@code [text](entity:value)},
 * {@code [text]{"entity": "e", "role": "r", "group": "g", "value": "v"}} and
 * {@code [text][{...}, {...}]} for several entities on one span. Offsets count Unicode code
 * points of the plain text, as Python does, so an emoji counts as one.
 */
final class EntityAnnotations {

    private static final Pattern ANNOTATION = Pattern.compile(
            "\\[(?<text>[^\\]]+?)\\]"
                    + "(?:\\((?<entity>[^:)]+?)(?::(?<value>[^)]+))?\\)"
                    + "|\\{(?<object>[^}]+?)\\}"
                    + "|\\[(?<list>.*?)\\])");

    /** The plain text of an example and its entities. */
    record Parsed(String text, List<ExampleEntity> entities) {
    }

    private final LoadWarnings warnings;

    EntityAnnotations(LoadWarnings warnings) {
        this.warnings = warnings;
    }

    /**
     * Parses {@code example}. An entity name in quotes, such as {@code [savings]("account")}, is
     * reported as a warning and yields no entity; invalid JSON in an annotation is an error.
     */
    Parsed parse(String example, String file, int line, String key) {
        Matcher matcher = ANNOTATION.matcher(example);
        StringBuilder plain = new StringBuilder();
        List<ExampleEntity> entities = new ArrayList<>();
        int last = 0;
        while (matcher.find()) {
            plain.append(example, last, matcher.start());
            String text = matcher.group("text");
            int start = plain.codePointCount(0, plain.length());
            plain.append(text);
            int end = start + text.codePointCount(0, text.length());
            for (JsonNode annotation : annotations(matcher, example, file, line, key)) {
                ExampleEntity entity = entity(annotation, text, start, end, example, file, line);
                if (entity != null) {
                    entities.add(entity);
                }
            }
            last = matcher.end();
        }
        plain.append(example.substring(last));
        return new Parsed(plain.toString(), entities);
    }

    private static List<JsonNode> annotations(
            Matcher matcher, String example, String file, int line, String key) {
        if (matcher.group("entity") != null) {
            var object = Json.object().put("entity", matcher.group("entity").strip());
            if (matcher.group("value") != null) {
                object.put("value", matcher.group("value").strip());
            }
            return List.of(object);
        }
        String json = matcher.group("object") != null
                ? "{" + matcher.group("object") + "}"
                : "[" + matcher.group("list") + "]";
        JsonNode parsed = readJson(json, example, file, line, key);
        List<JsonNode> annotations = new ArrayList<>();
        if (parsed.isArray()) {
            parsed.forEach(annotations::add);
        } else {
            annotations.add(parsed);
        }
        for (JsonNode annotation : annotations) {
            if (!annotation.isObject() || !annotation.hasNonNull("entity")) {
                throw new ProjectLoadException(file, line, key, "the entity annotation "
                        + annotation + " in example '" + example + "' has no \"entity\"");
            }
        }
        return annotations;
    }

    private static JsonNode readJson(
            String json, String example, String file, int line, String key) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProjectLoadException(file, line, key, "the entity annotation " + json
                    + " in example '" + example + "' is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private ExampleEntity entity(JsonNode annotation, String text, int start, int end,
            String example, String file, int line) {
        String name = annotation.get("entity").asText();
        if (isQuoted(name)) {
            warnings.add(file, line, "examples", "the entity name " + name + " in example '"
                    + example + "' is in quotes; write the name without quotes, for example ("
                    + name.substring(1, name.length() - 1) + "). No entity was created");
            return null;
        }
        String value = annotation.hasNonNull("value") ? annotation.get("value").asText() : text;
        return new ExampleEntity(start, end, text, name, value,
                Json.text(annotation, "role"), Json.text(annotation, "group"));
    }

    private static boolean isQuoted(String name) {
        return name.length() >= 2
                && (name.startsWith("\"") && name.endsWith("\"")
                        || name.startsWith("'") && name.endsWith("'"));
    }
}
