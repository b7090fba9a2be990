package dev.apprentice.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.domain.MappingCondition;
import dev.apprentice.domain.Slot;
import dev.apprentice.domain.SlotMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one slot of the {@code slots:} section of a domain file, with its mappings. */
final class SlotReader {

    static final Set<String> BUILT_IN_TYPES =
            Set.of("text", "bool", "categorical", "float", "list", "any");

    private static final Set<String> SLOT_KEYS = Set.of("type", "influence_conversation",
            "initial_value", "values", "min_value", "max_value", "mappings");
    private static final Set<String> MAPPING_TYPES = Set.of(
            "from_entity", "from_text", "from_intent", "from_trigger_intent", "custom");
    private static final Set<String> MAPPING_KEYS = Set.of("type", "entity", "role", "group",
            "intent", "not_intent", "value", "conditions", "action");

    private final LoadWarnings warnings;

    SlotReader(LoadWarnings warnings) {
        this.warnings = warnings;
    }

    Slot read(YamlNode.Mapping slots, String name) {
        YamlNode node = slots.get(name);
        if (node.isNull()) {
            throw slots.failAt(name, "the slot '" + name + "' has no properties; give at least"
                    + " its 'type' and 'mappings'");
        }
        YamlNode.Mapping slot = node.asMapping(name);
        String type = type(slot, name);
        boolean influence = influence(slot, name, type);
        JsonNode initialValue =
                slot.has("initial_value") ? slot.get("initial_value").toJson() : null;
        List<String> values = slot.has("values") ? slot.get("values").asTextList("values") : null;
        Double min = slot.has("min_value") ? slot.get("min_value").asNumber("min_value") : null;
        Double max = slot.has("max_value") ? slot.get("max_value").asNumber("max_value") : null;
        checkKeys(slot, name, type);
        List<SlotMapping> mappings = mappings(slot, name);
        return new Slot(name, type, influence, initialValue, values, min, max, mappings);
    }

    private String type(YamlNode.Mapping slot, String name) {
        if (!slot.has("type")) {
            throw slot.fail(name, "the slot '" + name + "' has no 'type'");
        }
        String type = slot.get("type").asText("type");
        if (BUILT_IN_TYPES.contains(type)) {
            return type;
        }
        if (!type.contains(".")) {
            throw slot.failAt("type", "the slot '" + name + "' has the unknown type '" + type
                    + "'; use one of " + BUILT_IN_TYPES + " or a custom slot class path");
        }
        warnings.addAt(slot, "type", "the custom slot type '" + type + "' of slot '" + name
                + "' is not supported; the slot holds any value like a slot of type 'any'");
        return type;
    }

    private boolean influence(YamlNode.Mapping slot, String name, String type) {
        if (!slot.has("influence_conversation")) {
            return !"any".equals(type);
        }
        boolean influence = slot.get("influence_conversation").asBoolean("influence_conversation");
        if (influence && "any".equals(type)) {
            warnings.addAt(slot, "influence_conversation", "the slot '" + name
                    + "' has type 'any', which never influences the conversation");
            return false;
        }
        return influence;
    }

    private void checkKeys(YamlNode.Mapping slot, String name, String type) {
        if (!BUILT_IN_TYPES.contains(type)) {
            return;
        }
        for (String key : slot.entries().keySet()) {
            if (!SLOT_KEYS.contains(key)) {
                warnings.addAt(slot, key, "the slot '" + name + "' has the unknown property '"
                        + key + "', which is ignored");
            }
        }
    }

    private List<SlotMapping> mappings(YamlNode.Mapping slot, String name) {
        if (!slot.has("mappings")) {
            warnings.add(slot, name, "the slot '" + name + "' has no 'mappings', which Rasa 3"
                    + " requires; nothing fills it except custom actions");
            return List.of();
        }
        List<SlotMapping> mappings = new ArrayList<>();
        YamlNode node = slot.get("mappings");
        if (node.isNull()) {
            return mappings;
        }
        for (YamlNode item : node.asSequence("mappings").items()) {
            mappings.add(mapping(item.asMapping("mappings"), name));
        }
        return mappings;
    }

    private SlotMapping mapping(YamlNode.Mapping mapping, String slot) {
        if (!mapping.has("type")) {
            throw mapping.fail("mappings", "a mapping of slot '" + slot + "' has no 'type'");
        }
        String type = mapping.get("type").asText("type");
        if (!MAPPING_TYPES.contains(type)) {
            throw mapping.failAt("type", "the mapping type '" + type + "' of slot '" + slot
                    + "' is unknown; use one of " + MAPPING_TYPES);
        }
        String entity = optionalText(mapping, "entity");
        if ("from_entity".equals(type) && entity == null) {
            throw mapping.fail("entity", "a from_entity mapping of slot '" + slot
                    + "' needs an 'entity'");
        }
        for (String key : mapping.entries().keySet()) {
            if (!MAPPING_KEYS.contains(key)) {
                warnings.addAt(mapping, key, "the mapping of slot '" + slot
                        + "' has the unknown property '" + key + "', which is ignored");
            }
        }
        return new SlotMapping(type, entity, optionalText(mapping, "role"),
                optionalText(mapping, "group"), textList(mapping, "intent"),
                textList(mapping, "not_intent"),
                mapping.has("value") ? mapping.get("value").toJson() : null,
                conditions(mapping), optionalText(mapping, "action"));
    }

    private static List<MappingCondition> conditions(YamlNode.Mapping mapping) {
        List<MappingCondition> conditions = new ArrayList<>();
        if (!mapping.has("conditions") || mapping.get("conditions").isNull()) {
            return conditions;
        }
        for (YamlNode item : mapping.get("conditions").asSequence("conditions").items()) {
            YamlNode.Mapping condition = item.asMapping("conditions");
            conditions.add(new MappingCondition(optionalText(condition, "active_loop"),
                    optionalText(condition, "requested_slot")));
        }
        return conditions;
    }

    private static String optionalText(YamlNode.Mapping mapping, String key) {
        return mapping.has(key) ? mapping.get(key).asOptionalText(key) : null;
    }

    private static List<String> textList(YamlNode.Mapping mapping, String key) {
        return mapping.has(key) ? mapping.get(key).asTextList(key) : List.of();
    }
}
