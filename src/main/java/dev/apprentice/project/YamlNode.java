package dev.apprentice.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A node of a YAML file with its file name and 1-based line, so that every check can report where
 * the mistake is. Plain scalars are typed by the YAML 1.2 core schema because Rasa 3.6 reads
 * YAML 1.2, so {@code yes} and {@code on} stay strings, unlike in YAML 1.1.
 *
 * <p>The {@code as*} accessors raise a {@link ProjectLoadException} naming the file, the line and
 * the given key when the node has another shape.
 */
public sealed interface YamlNode {

    String file();

    int line();

    /** Returns the node as JSON, with plain scalars typed by the YAML 1.2 core schema. */
    JsonNode toJson();

    default boolean isNull() {
        return this instanceof Scalar scalar && scalar.value() == null;
    }

    default Mapping asMapping(String key) {
        if (this instanceof Mapping mapping) {
            return mapping;
        }
        throw fail(key, "expected a mapping (key: value pairs) but found " + describe());
    }

    default Sequence asSequence(String key) {
        if (this instanceof Sequence sequence) {
            return sequence;
        }
        throw fail(key, "expected a list but found " + describe());
    }

    default Scalar asScalar(String key) {
        if (this instanceof Scalar scalar) {
            return scalar;
        }
        throw fail(key, "expected a single value but found " + describe());
    }

    /** Returns the scalar as text, or raises when the node is null, a list or a mapping. */
    default String asText(String key) {
        String text = asScalar(key).text();
        if (isNull()) {
            throw fail(key, "the value is missing");
        }
        return text;
    }

    /** Returns the scalar as text, or null when the value is null. */
    default String asOptionalText(String key) {
        return isNull() ? null : asScalar(key).text();
    }

    default boolean asBoolean(String key) {
        if (asScalar(key).value() instanceof Boolean value) {
            return value;
        }
        throw fail(key, "expected true or false but found " + describe());
    }

    default double asNumber(String key) {
        if (asScalar(key).value() instanceof Number value) {
            return value.doubleValue();
        }
        throw fail(key, "expected a number but found " + describe());
    }

    /** Returns a list of strings from a list of scalars, or from a single scalar. */
    default List<String> asTextList(String key) {
        if (isNull()) {
            return List.of();
        }
        if (this instanceof Scalar) {
            return List.of(asText(key));
        }
        List<String> texts = new ArrayList<>();
        for (YamlNode item : asSequence(key).items()) {
            texts.add(item.asText(key));
        }
        return texts;
    }

    /** Returns an exception for the caller to throw, placed at this node's line. */
    default ProjectLoadException fail(String key, String reason) {
        return new ProjectLoadException(file(), line(), key, reason);
    }

    default String describe() {
        if (this instanceof Mapping) {
            return "a mapping";
        }
        if (this instanceof Sequence) {
            return "a list";
        }
        return isNull() ? "an empty value" : "'" + ((Scalar) this).text() + "'";
    }

    /**
     * A scalar. {@code plain} is false for quoted and block scalars, which are always strings.
     * {@code block} is true for {@code |} and {@code >} scalars, whose text starts on the next
     * line.
     */
    record Scalar(String file, int line, String text, boolean plain, boolean block)
            implements YamlNode {

        private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
        private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
        private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
        private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
        private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
        private static final Pattern FLOAT =
                Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
        private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
        private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

        /** Returns null, a Boolean, a Long, a Double or the text, by the YAML 1.2 core schema. */
        public Object value() {
            if (!plain) {
                return text;
            }
            if (NULL.matcher(text).matches()) {
                return null;
            }
            if (BOOL.matcher(text).matches()) {
                return Boolean.valueOf(text.toLowerCase());
            }
            return number();
        }

        private Object number() {
            try {
                if (INT.matcher(text).matches()) {
                    return Long.valueOf(text);
                }
                if (OCTAL.matcher(text).matches()) {
                    return Long.parseLong(text.substring(2), 8);
                }
                if (HEX.matcher(text).matches()) {
                    return Long.parseLong(text.substring(2), 16);
                }
            } catch (NumberFormatException tooLarge) {
                return new java.math.BigInteger(text).doubleValue();
            }
            if (FLOAT.matcher(text).matches()) {
                return Double.valueOf(text);
            }
            if (INFINITY.matcher(text).matches()) {
                return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return NAN.matcher(text).matches() ? Double.NaN : text;
        }

        @Override
        public JsonNode toJson() {
            JsonNodeFactory factory = JsonNodeFactory.instance;
            Object value = value();
            if (value == null) {
                return factory.nullNode();
            }
            if (value instanceof Boolean bool) {
                return factory.booleanNode(bool);
            }
            if (value instanceof Long number) {
                return factory.numberNode(number);
            }
            if (value instanceof Double number) {
                return factory.numberNode(number);
            }
            return factory.textNode(text);
        }
    }

    /** A list. */
    record Sequence(String file, int line, List<YamlNode> items) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public ArrayNode toJson() {
            ArrayNode array = Json.array();
            items.forEach(item -> array.add(item.toJson()));
            return array;
        }
    }

    /** A mapping with unique keys in file order, and the line of each key. */
    record Mapping(
            String file, int line, Map<String, YamlNode> entries, Map<String, Integer> keyLines)
            implements YamlNode {

        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLines = Map.copyOf(keyLines);
        }

        public YamlNode get(String key) {
            return entries.get(key);
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        /** Returns the line of {@code key}, or the mapping's line when the key is absent. */
        public int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }

        /** Returns a mapping with only the entries whose key is in {@code keys}. */
        public Mapping select(java.util.Set<String> keys) {
            Map<String, YamlNode> selected = new LinkedHashMap<>(entries);
            selected.keySet().retainAll(keys);
            return new Mapping(file, line, selected, keyLines);
        }

        /** Returns an exception for the caller to throw, placed at the line of {@code key}. */
        public ProjectLoadException failAt(String key, String reason) {
            return new ProjectLoadException(file, lineOf(key), key, reason);
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode object = Json.object();
            entries.forEach((key, value) -> object.set(key, value.toJson()));
            return object;
        }
    }
}
