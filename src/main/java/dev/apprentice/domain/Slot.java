package dev.apprentice.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;

/**
 * A slot of the domain. {@code type} keeps the YAML name ({@code text}, {@code bool},
 * {@code categorical}, {@code float}, {@code list}, {@code any}, or a custom class path).
 */
public record Slot(
        String name,
        String type,
        boolean influenceConversation,
        JsonNode initialValue,
        List<String> values,
        Double minValue,
        Double maxValue,
        List<SlotMapping> mappings) {

    public Slot {
        initialValue = initialValue == null ? NullNode.getInstance() : initialValue;
        values = values == null ? List.of() : List.copyOf(values);
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
    }

    /** Creates a slot that never influences the conversation and has no mappings. */
    public static Slot unfeaturized(String name, String type) {
        return new Slot(name, type, false, null, List.of(), null, null, List.of());
    }
}
