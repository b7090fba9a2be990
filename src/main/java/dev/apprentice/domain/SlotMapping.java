package dev.apprentice.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One way a slot gets filled: {@code from_entity}, {@code from_text}, {@code from_intent},
 * {@code from_trigger_intent} or {@code custom}. Empty {@code intents} means any intent.
 */
public record SlotMapping(
        String type,
        String entity,
        String role,
        String group,
        List<String> intents,
        List<String> notIntents,
        JsonNode value,
        List<MappingCondition> conditions,
        String action) {

    public SlotMapping {
        intents = intents == null ? List.of() : List.copyOf(intents);
        notIntents = notIntents == null ? List.of() : List.copyOf(notIntents);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** Returns whether the mapping's intent filters let {@code intent} through. */
    public boolean acceptsIntent(String intent) {
        if (intent != null && notIntents.contains(intent)) {
            return false;
        }
        return intents.isEmpty() || intent != null && intents.contains(intent);
    }
}
