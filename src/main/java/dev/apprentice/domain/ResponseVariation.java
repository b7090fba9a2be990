package dev.apprentice.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One variation of a response, kept as the YAML object so that every key (text, buttons, image,
 * custom, attachment, elements, quick_replies, id, metadata, button_type and unknown ones) reaches
 * the bot event unchanged. {@code channel} and {@code conditions} are read out for selection.
 */
public record ResponseVariation(ObjectNode content, String channel,
        List<SlotCondition> conditions) {

    public ResponseVariation {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public boolean isConditional() {
        return !conditions.isEmpty();
    }
}
