package dev.apprentice.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates JSON against the part of JSON Schema that Rasa's event schema uses: {@code type}
 * (one name or a list), {@code properties}, {@code patternProperties}, {@code required},
 * {@code const}, {@code items} and {@code oneOf}. Other keywords are ignored, so this is no
 * general validator.
 */
public final class JsonSchemaSubset {

    private JsonSchemaSubset() {
    }

    /** Returns the problems found, each with its JSON path; empty means valid. */
    public static List<String> validate(JsonNode schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(schema, value, "$", problems);
        return problems;
    }

    private static void check(JsonNode schema, JsonNode value, String path,
            List<String> problems) {
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(path + " is not of type " + schema.get("type"));
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(path + " is not " + schema.get("const"));
        }
        for (JsonNode required : schema.path("required")) {
            if (value.isObject() && !value.has(required.asText())) {
                problems.add(path + " is missing " + required.asText());
            }
        }
        checkProperties(schema, value, path, problems);
        if (schema.has("items") && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : schema.get("oneOf")) {
                if (validate(option, value).isEmpty()) {
                    matches++;
                }
            }
            if (matches != 1) {
                problems.add(path + " matches " + matches + " of the oneOf schemas, not 1");
            }
        }
    }

    private static void checkProperties(JsonNode schema, JsonNode value, String path,
            List<String> problems) {
        if (!value.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path + "." + field.getKey();
            JsonNode property = schema.path("properties").get(field.getKey());
            if (property != null) {
                check(property, field.getValue(), fieldPath, problems);
            }
            Iterator<Map.Entry<String, JsonNode>> patterns =
                    schema.path("patternProperties").fields();
            while (patterns.hasNext()) {
                Map.Entry<String, JsonNode> pattern = patterns.next();
                if (Pattern.compile(pattern.getKey()).matcher(field.getKey()).find()) {
                    check(pattern.getValue(), field.getValue(), fieldPath, problems);
                }
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (typeMatches(option, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }
}
