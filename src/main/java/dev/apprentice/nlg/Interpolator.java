package dev.apprentice.nlg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Fills {@code {name}} placeholders the way Rasa does with Python's {@code str.format}: values
 * print as Python's {@code str()} would ({@code None}, {@code True}, {@code 2.0},
 * {@code ['a', 'b']}); {@code {{} and {@code }}} are literal braces; and a string with any
 * placeholder that is unknown or malformed is returned unchanged, which keeps JSON in button
 * payloads such as {@code /inform{"a":"b"}} intact. Only strings are touched, recursively.
 */
public final class Interpolator {

    private Interpolator() {
    }

    public static JsonNode fill(JsonNode node, Map<String, JsonNode> values) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(fill(node.asText(), values));
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(item -> copy.add(fill(item, values)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), fill(field.getValue(), values));
            }
            return copy;
        }
        return node;
    }

    public static String fill(String template, Map<String, JsonNode> values) {
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                out.append('}');
                i += 2;
            } else if (c == '{') {
                int close = template.indexOf('}', i + 1);
                if (close < 0) {
                    return template;
                }
                String name = template.substring(i + 1, close);
                if (!values.containsKey(name)) {
                    return template;
                }
                out.append(PythonStr.of(values.get(name)));
                i = close + 1;
            } else if (c == '}') {
                return template;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
