package dev.apprentice.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;
import dev.apprentice.action.server.ServedAction;
import dev.apprentice.action.server.ServerMessages;
import dev.apprentice.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * knowledgebasebot's {@code action_query_knowledge_base} over its knowledge_base_data.json, in
 * the spirit of rasa-sdk's ActionQueryKnowledgeBase: with an {@code attribute} it returns that
 * attribute of the object named by a {@code restaurant} or {@code hotel} slot or by a
 * {@code mention} ("1", "2", …, "LAST") of the objects listed last; otherwise it lists up to five
 * objects of {@code object_type}, filtered by the {@code cuisine} and {@code city} slots. It then
 * clears the query slots and keeps the listed objects in the knowledge-base slots.
 */
public final class QueryKnowledgeBase implements ServedAction {

    private static final int MAX_LISTED = 5;
    private final JsonNode data;

    public QueryKnowledgeBase(Path file) {
        try {
            data = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "action_query_knowledge_base";
    }

    @Override
    public ActionServerResponse run(ActionServerRequest request) {
        String attribute = text(request.slot("attribute"));
        String type = text(request.slot("object_type"));
        if (type == null) {
            type = text(request.slot("knowledge_base_last_object_type"));
        }
        List<ObjectNode> events = new ArrayList<>();
        List<ObjectNode> messages = new ArrayList<>();
        if (type == null || !data.has(type)) {
            messages.add(Json.object().put("response", "utter_ask_rephrase"));
        } else if (attribute != null) {
            answerAttribute(request, type, attribute, events, messages);
        } else {
            listObjects(request, type, events, messages);
        }
        for (String slot : List.of("object_type", "mention", "attribute")) {
            events.add(ServerMessages.slotSet(slot, NullNode.getInstance()));
        }
        return ActionServerResponse.of(events, messages);
    }

    private void listObjects(ActionServerRequest request, String type, List<ObjectNode> events,
            List<ObjectNode> messages) {
        String cuisine = text(request.slot("cuisine"));
        String city = text(request.slot("city"));
        ArrayNode ids = Json.array();
        StringBuilder text = new StringBuilder("Found the following objects of type '")
                .append(type).append("':");
        for (JsonNode object : data.get(type)) {
            if (ids.size() < MAX_LISTED && matches(object, "cuisine", cuisine)
                    && matches(object, "city", city)) {
                ids.add(object.path("id"));
                text.append('\n').append(ids.size()).append(": ")
                        .append(object.path("name").asText());
            }
        }
        if (ids.isEmpty()) {
            messages.add(ServerMessages.text("I could not find any objects of type '" + type
                    + "'."));
            return;
        }
        messages.add(ServerMessages.text(text.toString()));
        events.add(ServerMessages.slotSet("knowledge_base_listed_objects", ids));
        events.add(ServerMessages.slotSet("knowledge_base_last_object_type",
                TextNode.valueOf(type)));
    }

    private void answerAttribute(ActionServerRequest request, String type, String attribute,
            List<ObjectNode> events, List<ObjectNode> messages) {
        JsonNode object = resolve(request, type);
        if (object == null || !object.has(attribute)) {
            messages.add(Json.object().put("response", "utter_ask_rephrase"));
            return;
        }
        messages.add(ServerMessages.text("'" + object.path("name").asText() + "' has the value '"
                + object.path(attribute).asText() + "' for attribute '" + attribute + "'."));
        events.add(ServerMessages.slotSet("knowledge_base_last_object", object.path("id")));
        events.add(ServerMessages.slotSet("knowledge_base_last_object_type",
                TextNode.valueOf(type)));
    }

    private JsonNode resolve(ActionServerRequest request, String type) {
        String name = text(request.slot(type));
        if (name != null) {
            for (JsonNode object : data.get(type)) {
                if (object.path("name").asText().equalsIgnoreCase(name)) {
                    return object;
                }
            }
        }
        String mention = text(request.slot("mention"));
        JsonNode listed = request.slot("knowledge_base_listed_objects");
        if (mention == null || !listed.isArray() || listed.isEmpty()) {
            return null;
        }
        int index = mention.equalsIgnoreCase("LAST") ? listed.size() : parse(mention);
        if (index < 1 || index > listed.size()) {
            return null;
        }
        int id = listed.get(index - 1).asInt();
        for (JsonNode object : data.get(type)) {
            if (object.path("id").asInt() == id) {
                return object;
            }
        }
        return null;
    }

    private static boolean matches(JsonNode object, String field, String wanted) {
        return wanted == null || !object.has(field)
                || object.path(field).asText().toLowerCase(Locale.ROOT)
                        .equals(wanted.toLowerCase(Locale.ROOT));
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String text(JsonNode value) {
        return value.isTextual() && !value.textValue().isBlank() ? value.textValue() : null;
    }
}
