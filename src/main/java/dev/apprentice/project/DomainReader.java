package dev.apprentice.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.domain.EntityType;
import dev.apprentice.domain.Form;
import dev.apprentice.domain.Intent;
import dev.apprentice.domain.ResponseVariation;
import dev.apprentice.domain.SessionConfig;
import dev.apprentice.domain.Slot;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges domain files into one {@link Domain}.
 *
 * <p>Lists (intents, entities, actions) are concatenated and maps (slots, responses, forms) are
 * merged. A name repeated inside one file is an error, as in Rasa. A name repeated in a later file
 * is a warning, and the first definition wins.
 */
final class DomainReader {

    static final Set<String> DOMAIN_KEYS = Set.of("version", "intents", "entities", "slots",
            "responses", "actions", "forms", "session_config", "config", "e2e_actions");

    static final String KNOWLEDGE_BASE_ACTION = "action_query_knowledge_base";

    private final LoadWarnings warnings;
    private final SlotReader slotReader;
    private final DomainParts parts = new DomainParts();
    /** The file that first defined each name, by section. */
    private final Map<String, Map<String, String>> origins = new HashMap<>();

    DomainReader(LoadWarnings warnings) {
        this.warnings = warnings;
        this.slotReader = new SlotReader(warnings);
    }

    /** Adds one domain file; keys that are not domain keys are reported as warnings. */
    void addFile(YamlNode.Mapping file) {
        for (Map.Entry<String, YamlNode> entry : file.entries().entrySet()) {
            String key = entry.getKey();
            if (DOMAIN_KEYS.contains(key)) {
                addSection(file, key, entry.getValue());
            } else {
                warnings.addAt(file, key, "'" + key + "' is not a domain key and is ignored");
            }
        }
    }

    /** Adds the {@code responses:} section of a training data file. */
    void addResponses(YamlNode section) {
        Map<String, List<ResponseVariation>> responses = ResponseReader.read(section);
        responses.forEach((name, variations) -> {
            if (isNew(section, "responses", name, keyLine(section, name))) {
                parts.responses.put(name, variations);
                parts.responsesJson.set(name, variationsJson(variations));
            }
        });
    }

    private void addSection(YamlNode.Mapping file, String key, YamlNode value) {
        switch (key) {
            case "version" -> readVersion(value);
            case "intents" -> eachItem(value, key, this::readIntent);
            case "entities" -> eachItem(value, key, this::readEntity);
            case "actions" -> eachItem(value, key, this::readActions);
            case "slots" -> readSlots(value);
            case "responses" -> addResponses(value);
            case "forms" -> readForms(value);
            case "session_config" -> parts.sessionConfig = readSessionConfig(value);
            case "config" -> readConfig(value);
            case "e2e_actions" -> parts.e2eActions.addAll(value.asTextList(key));
            default -> throw file.failAt(key, "unexpected domain key");
        }
    }

    private void readVersion(YamlNode value) {
        String version = value.asText("version");
        if (parts.version == null) {
            parts.version = version;
        }
        if (!version.startsWith("3")) {
            warnings.add(value, "version", "the format version '" + version
                    + "' is not a Rasa 3.x version; the file is read as version 3.1");
        }
    }

    private interface ItemReader {
        void read(YamlNode item);
    }

    private static void eachItem(YamlNode section, String key, ItemReader reader) {
        if (section.isNull()) {
            return;
        }
        section.asSequence(key).items().forEach(reader::read);
    }

    private void readIntent(YamlNode item) {
        if (item instanceof YamlNode.Scalar) {
            String name = item.asText("intents");
            if (isNew(item, "intents", name, item.line())) {
                parts.intents.put(name, Intent.named(name));
                parts.intentsJson.put(name, item.toJson());
            }
            return;
        }
        YamlNode.Mapping entry = singleKey(item, "intents");
        String name = entry.entries().keySet().iterator().next();
        YamlNode.Mapping properties = properties(entry, name, "intent", "use_entities");
        Intent intent = intentWithProperties(properties, name);
        if (isNew(item, "intents", name, item.line())) {
            parts.intents.put(name, intent);
            parts.intentsJson.put(name, intentJson(entry, name));
        }
    }

    private Intent intentWithProperties(YamlNode.Mapping properties, String name) {
        List<String> use = null;
        if (properties.has("use_entities")) {
            YamlNode node = properties.get("use_entities");
            Object flag = node instanceof YamlNode.Scalar scalar ? scalar.value() : null;
            if (Boolean.FALSE.equals(flag)) {
                use = List.of();
            } else if (!Boolean.TRUE.equals(flag)) {
                use = node.asTextList("use_entities");
            }
        }
        List<String> ignore = properties.has("ignore_entities")
                ? properties.get("ignore_entities").asTextList("ignore_entities") : List.of();
        for (String key : properties.entries().keySet()) {
            if (!key.equals("use_entities") && !key.equals("ignore_entities")) {
                warnings.addAt(properties, key, "the intent property '" + key + "' of intent '"
                        + name + "' is not supported by Rasa 3 and is ignored");
            }
        }
        return new Intent(name, use, ignore);
    }

    private static JsonNode intentJson(YamlNode.Mapping entry, String name) {
        ObjectNode json = entry.toJson();
        ObjectNode properties = (ObjectNode) json.get(name);
        for (String key : List.of("use_entities", "ignore_entities")) {
            if (properties.has(key) && properties.get(key).isNull()) {
                properties.set(key, Json.array());
            }
        }
        return json;
    }

    private void readEntity(YamlNode item) {
        if (item instanceof YamlNode.Scalar) {
            String name = item.asText("entities");
            if (isNew(item, "entities", name, item.line())) {
                parts.entities.add(EntityType.named(name));
                parts.entitiesJson.add(item.toJson());
            }
            return;
        }
        YamlNode.Mapping entry = singleKey(item, "entities");
        String name = entry.entries().keySet().iterator().next();
        YamlNode.Mapping properties = properties(entry, name, "entity", "roles");
        List<String> roles = properties.has("roles")
                ? properties.get("roles").asTextList("roles") : List.of();
        List<String> groups = properties.has("groups")
                ? properties.get("groups").asTextList("groups") : List.of();
        for (String key : properties.entries().keySet()) {
            if (!Set.of("roles", "groups", "influence_conversation").contains(key)) {
                warnings.addAt(properties, key, "the entity property '" + key + "' of entity '"
                        + name + "' is unknown and ignored");
            }
        }
        if (isNew(item, "entities", name, item.line())) {
            parts.entities.add(new EntityType(name, roles, groups));
            parts.entitiesJson.add(entry.toJson());
        }
    }

    private static YamlNode.Mapping singleKey(YamlNode item, String section) {
        YamlNode.Mapping entry = item.asMapping(section);
        if (entry.entries().size() != 1) {
            throw item.fail(section, "an entry with properties must have exactly one name,"
                    + " but found " + entry.entries().keySet());
        }
        return entry;
    }

    private static YamlNode.Mapping properties(
            YamlNode.Mapping entry, String name, String kind, String example) {
        YamlNode value = entry.get(name);
        if (value.isNull()) {
            throw entry.failAt(name, "the " + kind + " '" + name + "' has empty properties;"
                    + " remove the ':' after the name or add properties such as '" + example
                    + "'");
        }
        return value.asMapping(name);
    }

    private void readActions(YamlNode item) {
        if (item instanceof YamlNode.Scalar) {
            String name = item.asText("actions");
            if (isNew(item, "actions", name, item.line())) {
                parts.actions.add(name);
                parts.actionsJson.add(item.toJson());
            }
            return;
        }
        YamlNode.Mapping entry = item.asMapping("actions");
        for (String name : entry.entries().keySet()) {
            YamlNode.Mapping properties = properties(entry, name, "action", "send_domain");
            boolean sendDomain = properties.has("send_domain")
                    && properties.get("send_domain").asBoolean("send_domain");
            if (isNew(item, "actions", name, entry.lineOf(name))) {
                parts.actions.add(name);
                if (sendDomain) {
                    parts.sendDomainActions.add(name);
                }
                ObjectNode json = Json.object();
                json.set(name, properties.toJson());
                parts.actionsJson.add(json);
            }
        }
    }

    private void readSlots(YamlNode section) {
        if (section.isNull()) {
            return;
        }
        YamlNode.Mapping slots = section.asMapping("slots");
        for (String name : slots.entries().keySet()) {
            Slot slot = slotReader.read(slots, name);
            if (isNew(slots, "slots", name, slots.lineOf(name))) {
                parts.slots.put(name, slot);
                parts.slotsJson.set(name, slots.get(name).toJson());
            }
        }
    }

    private void readForms(YamlNode section) {
        if (section.isNull()) {
            return;
        }
        YamlNode.Mapping forms = section.asMapping("forms");
        for (String name : forms.entries().keySet()) {
            YamlNode value = forms.get(name);
            if (value.isNull()) {
                throw forms.failAt(name, "the form '" + name + "' is empty; give its"
                        + " 'required_slots' or write '{}'");
            }
            Form form = readForm(value.asMapping(name), name);
            if (isNew(forms, "forms", name, forms.lineOf(name))) {
                parts.forms.put(name, form);
                parts.formsJson.set(name, value.toJson());
            }
        }
    }

    private Form readForm(YamlNode.Mapping form, String name) {
        List<String> required = List.of();
        YamlNode slots = form.get("required_slots");
        if (slots instanceof YamlNode.Mapping legacy) {
            warnings.addAt(form, "required_slots", "the form '" + name + "' lists its required"
                    + " slots with mappings, a Rasa 2 format; only the slot names are used, so"
                    + " move the mappings to the slots");
            required = List.copyOf(legacy.entries().keySet());
        } else if (slots != null) {
            required = slots.asTextList("required_slots");
        }
        List<String> ignored = form.has("ignored_intents")
                ? form.get("ignored_intents").asTextList("ignored_intents") : List.of();
        for (String key : form.entries().keySet()) {
            if (!key.equals("required_slots") && !key.equals("ignored_intents")) {
                warnings.addAt(form, key, "the form property '" + key + "' of form '" + name
                        + "' is unknown and ignored");
            }
        }
        return new Form(name, required, ignored);
    }

    private SessionConfig readSessionConfig(YamlNode section) {
        SessionConfig defaults = SessionConfig.DEFAULT;
        if (section.isNull()) {
            return defaults;
        }
        YamlNode.Mapping config = section.asMapping("session_config");
        double expiration = defaults.expirationMinutes();
        boolean carryOver = defaults.carryOverSlots();
        for (Map.Entry<String, YamlNode> entry : config.entries().entrySet()) {
            switch (entry.getKey()) {
                case "session_expiration_time" -> expiration = expiration(entry.getValue());
                case "carry_over_slots_to_new_session" ->
                        carryOver = entry.getValue().asBoolean(entry.getKey());
                default -> warnings.addAt(config, entry.getKey(), "the session_config key '"
                        + entry.getKey() + "' is unknown and ignored");
            }
        }
        return new SessionConfig(expiration, carryOver);
    }

    private static double expiration(YamlNode value) {
        double minutes = value.asNumber("session_expiration_time");
        if (minutes < 0) {
            throw value.fail("session_expiration_time", "the session expiration time must be"
                    + " 0 (never) or a positive number of minutes");
        }
        return minutes;
    }

    private void readConfig(YamlNode section) {
        if (section.isNull()) {
            return;
        }
        YamlNode.Mapping config = section.asMapping("config");
        for (String key : config.entries().keySet()) {
            if (key.equals("store_entities_as_slots")) {
                parts.storeEntitiesAsSlots = config.get(key).asBoolean(key);
            } else {
                warnings.addAt(config, key, "the domain config key '" + key
                        + "' is unknown and ignored");
            }
        }
    }

    /**
     * Returns whether {@code name} is new in {@code section}. A repeat in the same file is an
     * error; a repeat in another file is a warning, and the caller keeps the first definition.
     */
    private boolean isNew(YamlNode node, String section, String name, int line) {
        Map<String, String> files = origins.computeIfAbsent(section, key -> new HashMap<>());
        String first = files.putIfAbsent(name, node.file());
        if (first == null) {
            return true;
        }
        if (first.equals(node.file())) {
            throw new ProjectLoadException(node.file(), line, section, "'" + name
                    + "' is listed more than once under " + section + "; remove the duplicate");
        }
        warnings.add(node.file(), line, section, "'" + name + "' under " + section
                + " is already defined in " + first + "; this definition is ignored");
        return false;
    }

    private static int keyLine(YamlNode section, String key) {
        return section instanceof YamlNode.Mapping mapping ? mapping.lineOf(key) : section.line();
    }

    private static JsonNode variationsJson(List<ResponseVariation> variations) {
        var array = Json.array();
        variations.forEach(variation -> array.add(variation.content()));
        return array;
    }

    /** Builds the domain, adding Rasa's default slots. */
    Domain build() {
        Map<String, Slot> slots = new LinkedHashMap<>(parts.slots);
        addDefaultSlots(slots);
        List<Intent> intents = new ArrayList<>(parts.intents.values());
        return new Domain(intents, parts.entities, slots, parts.responses, parts.actions,
                parts.sendDomainActions, parts.forms, parts.sessionConfig,
                parts.storeEntitiesAsSlots, DomainJson.build(parts));
    }

    private void addDefaultSlots(Map<String, Slot> slots) {
        slots.putIfAbsent("session_started_metadata",
                Slot.unfeaturized("session_started_metadata", "any"));
        if (!parts.forms.isEmpty()) {
            slots.putIfAbsent("requested_slot", Slot.unfeaturized("requested_slot", "text"));
        }
        if (parts.actions.contains(KNOWLEDGE_BASE_ACTION)) {
            for (String name : List.of("knowledge_base_listed_objects",
                    "knowledge_base_last_object", "knowledge_base_last_object_type")) {
                slots.putIfAbsent(name, Slot.unfeaturized(name, "text"));
            }
        }
    }

    /** The merged sections, as model objects and as the JSON Rasa sends to action servers. */
    static final class DomainParts {
        String version;
        final Map<String, Intent> intents = new LinkedHashMap<>();
        final Map<String, JsonNode> intentsJson = new LinkedHashMap<>();
        final List<EntityType> entities = new ArrayList<>();
        final List<JsonNode> entitiesJson = new ArrayList<>();
        final Map<String, Slot> slots = new LinkedHashMap<>();
        final ObjectNode slotsJson = Json.object();
        final Map<String, List<ResponseVariation>> responses = new LinkedHashMap<>();
        final ObjectNode responsesJson = Json.object();
        final List<String> actions = new ArrayList<>();
        final Set<String> sendDomainActions = new LinkedHashSet<>();
        final List<JsonNode> actionsJson = new ArrayList<>();
        final Map<String, Form> forms = new LinkedHashMap<>();
        final ObjectNode formsJson = Json.object();
        final List<String> e2eActions = new ArrayList<>();
        SessionConfig sessionConfig = SessionConfig.DEFAULT;
        boolean storeEntitiesAsSlots = true;
    }
}
