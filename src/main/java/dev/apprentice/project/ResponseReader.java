package dev.apprentice.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.domain.ResponseVariation;
import dev.apprentice.domain.SlotCondition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code responses:} section, of a domain file or of a training data file.
 *
 * <p>Every variation must carry at least one of the keys Rasa requires ({@code text},
 * {@code image}, {@code custom}, {@code buttons}, {@code attachment}, {@code quick_replies},
 * {@code elements}); other keys are kept in the variation's content.
 */
final class ResponseReader {

    static final List<String> CONTENT_KEYS = List.of(
            "text", "image", "custom", "buttons", "attachment", "quick_replies", "elements");

    private ResponseReader() {
    }

    /** Returns the responses by name in file order. */
    static Map<String, List<ResponseVariation>> read(YamlNode section) {
        Map<String, List<ResponseVariation>> responses = new LinkedHashMap<>();
        if (section.isNull()) {
            return responses;
        }
        YamlNode.Mapping mapping = section.asMapping("responses");
        mapping.entries().forEach((name, value) -> responses.put(name, variations(mapping, name)));
        return responses;
    }

    private static List<ResponseVariation> variations(YamlNode.Mapping responses, String name) {
        YamlNode value = responses.get(name);
        if (value.isNull()) {
            throw responses.failAt(name, "the response '" + name + "' has no variations; give a"
                    + " list of variations such as '- text: ...'");
        }
        List<ResponseVariation> variations = new ArrayList<>();
        for (YamlNode item : value.asSequence(name).items()) {
            variations.add(variation(item, name));
        }
        return variations;
    }

    private static ResponseVariation variation(YamlNode item, String name) {
        if (!(item instanceof YamlNode.Mapping mapping)) {
            throw item.fail(name, "a variation of response '" + name + "' must be a mapping"
                    + " with at least one of " + CONTENT_KEYS + ", but found " + item.describe());
        }
        if (CONTENT_KEYS.stream().noneMatch(mapping::has)) {
            throw item.fail(name, "a variation of response '" + name + "' needs at least one of "
                    + CONTENT_KEYS + " but has only " + mapping.entries().keySet());
        }
        String channel = mapping.has("channel")
                ? mapping.get("channel").asOptionalText("channel") : null;
        List<SlotCondition> conditions = mapping.has("condition")
                ? conditions(mapping.get("condition")) : List.of();
        ObjectNode content = mapping.toJson();
        return new ResponseVariation(content, channel, conditions);
    }

    private static List<SlotCondition> conditions(YamlNode node) {
        List<SlotCondition> conditions = new ArrayList<>();
        if (node.isNull()) {
            return conditions;
        }
        for (YamlNode item : node.asSequence("condition").items()) {
            YamlNode.Mapping condition = item.asMapping("condition");
            YamlNode type = condition.get("type");
            if (type == null || !"slot".equals(type.asOptionalText("type"))) {
                throw item.fail("condition", "a response condition needs 'type: slot'; Rasa"
                        + " supports no other condition type");
            }
            YamlNode slot = condition.get("name");
            if (slot == null) {
                throw item.fail("condition", "a response condition needs the slot 'name'");
            }
            YamlNode value = condition.get("value");
            conditions.add(new SlotCondition(slot.asText("name"),
                    value == null ? null : value.toJson()));
        }
        return conditions;
    }
}
