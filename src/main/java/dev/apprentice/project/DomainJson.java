package dev.apprentice.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.json.Json;
import java.util.TreeMap;

/**
 * Builds the domain dict that Rasa 3.6 sends to action servers and returns from
 * {@code GET /domain}: key names as in the files, {@code version} "3.1" when absent,
 * {@code session_config} filled in, intents sorted by name, {@code config} only when
 * {@code store_entities_as_slots} is false, and empty sections left out. Default slots are left
 * out, as Rasa adds them again when it reads the dict.
 */
final class DomainJson {

    private DomainJson() {
    }

    static ObjectNode build(DomainReader.DomainParts parts) {
        ObjectNode json = Json.object();
        json.put("version", parts.version == null ? "3.1" : parts.version);
        putList(json, "intents", new TreeMap<>(parts.intentsJson).values());
        putList(json, "entities", parts.entitiesJson);
        putObject(json, "slots", parts.slotsJson);
        putObject(json, "responses", parts.responsesJson);
        putList(json, "actions", parts.actionsJson);
        putObject(json, "forms", parts.formsJson);
        ArrayNode e2e = Json.array();
        parts.e2eActions.forEach(e2e::add);
        putList(json, "e2e_actions", e2e);
        if (!parts.storeEntitiesAsSlots) {
            json.set("config", Json.object().put("store_entities_as_slots", false));
        }
        ObjectNode session = Json.object();
        double expiration = parts.sessionConfig.expirationMinutes();
        if (expiration == Math.rint(expiration)) {
            session.put("session_expiration_time", (long) expiration);
        } else {
            session.put("session_expiration_time", expiration);
        }
        session.put("carry_over_slots_to_new_session", parts.sessionConfig.carryOverSlots());
        json.set("session_config", session);
        return json;
    }

    private static void putList(ObjectNode json, String key, Iterable<JsonNode> items) {
        ArrayNode array = Json.array();
        items.forEach(array::add);
        if (!array.isEmpty()) {
            json.set(key, array);
        }
    }

    private static void putObject(ObjectNode json, String key, ObjectNode object) {
        if (!object.isEmpty()) {
            json.set(key, object.deepCopy());
        }
    }
}
