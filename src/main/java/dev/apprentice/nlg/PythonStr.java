package dev.apprentice.nlg;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Prints JSON values as Python's {@code str()} prints the equivalent Python values. */
public final class PythonStr {

    private PythonStr() {
    }

    public static String of(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "None";
        }
        if (value.isTextual()) {
            return value.asText();
        }
        return repr(value);
    }

    private static String repr(JsonNode value) {
        if (value == null || value.isNull()) {
            return "None";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "True" : "False";
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isNumber()) {
            return floatRepr(value.asDouble());
        }
        if (value.isTextual()) {
            return "'" + value.asText().replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < value.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(repr(value.get(i)));
            }
            return sb.append(']').toString();
        }
        StringBuilder sb = new StringBuilder("{");
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        boolean first = true;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            sb.append(first ? "" : ", ").append("'").append(field.getKey()).append("': ")
                    .append(repr(field.getValue()));
            first = false;
        }
        return sb.append('}').toString();
    }

    private static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return String.format(java.util.Locale.ROOT, "%.1f", d);
        }
        return Double.toString(d);
    }
}
