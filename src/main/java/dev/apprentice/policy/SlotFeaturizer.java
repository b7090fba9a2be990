package dev.apprentice.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.domain.Slot;
import java.util.Locale;

/**
 * Turns a slot value into the feature a policy sees, by slot type as Rasa featurises them: text
 * and custom slots only say whether they are set, bool and categorical slots give their value,
 * float slots their number, list slots whether they are non-empty. {@code any} slots and slots
 * with {@code influence_conversation: false} give no feature at all (null).
 */
public final class SlotFeaturizer {

    private SlotFeaturizer() {
    }

    public static String feature(Slot slot, JsonNode value) {
        if (!slot.influenceConversation() || "any".equals(slot.type())) {
            return null;
        }
        if (value == null || value.isNull()) {
            return DialogueState.ABSENT;
        }
        return switch (slot.type()) {
            case "bool" -> String.valueOf(value.asBoolean());
            case "categorical" -> categorical(slot, value);
            case "float" -> value.isNumber() ? String.valueOf(value.asDouble()) : "set";
            case "list" -> value.isArray() && value.isEmpty() ? DialogueState.ABSENT : "set";
            default -> "set";
        };
    }

    private static String categorical(Slot slot, JsonNode value) {
        String text = value.asText().toLowerCase(Locale.ROOT);
        for (String allowed : slot.values()) {
            if (allowed.toLowerCase(Locale.ROOT).equals(text)) {
                return text;
            }
        }
        return "__other__";
    }

    /** Returns the feature of a value written in a story, which is always a concrete value. */
    public static String storyFeature(Slot slot, JsonNode value, boolean anyValue) {
        if (anyValue) {
            return slot.influenceConversation() && !"any".equals(slot.type()) ? "set" : null;
        }
        return feature(slot, value);
    }
}
