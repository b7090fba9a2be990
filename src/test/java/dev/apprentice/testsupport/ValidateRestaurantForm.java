package dev.apprentice.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;
import dev.apprentice.action.server.ServedAction;
import dev.apprentice.action.server.ServerMessages;
import dev.apprentice.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * formbot's {@code validate_restaurant_form}, validating the trailing slot events of the
 * tracker as rasa-sdk's FormValidationAction does: {@code cuisine} must be one of
 * {@link #CUISINES}, {@code num_people} a positive integer, and {@code outdoor_seating} becomes
 * a boolean ("outside" is true, "inside" false). An invalid value is reset to null and the
 * matching {@code utter_wrong_*} response is sent. Other slots pass unchanged.
 */
public final class ValidateRestaurantForm implements ServedAction {

    public static final List<String> CUISINES =
            List.of("afghan", "chinese", "french", "greek", "indian", "italian", "mexican");

    @Override
    public String name() {
        return "validate_restaurant_form";
    }

    @Override
    public ActionServerResponse run(ActionServerRequest request) {
        List<ObjectNode> events = new ArrayList<>();
        List<ObjectNode> responses = new ArrayList<>();
        slotsToValidate(request.tracker()).forEach((slot, value) -> {
            JsonNode valid = switch (slot) {
                case "cuisine" -> cuisine(value);
                case "num_people" -> numPeople(value);
                case "outdoor_seating" -> outdoorSeating(value);
                default -> value;
            };
            if (valid.isNull() && !value.isNull()) {
                responses.add(Json.object().put("response", "utter_wrong_" + slot));
            }
            events.add(ServerMessages.slotSet(slot, valid));
        });
        return ActionServerResponse.of(events, responses);
    }

    /** Returns the slot events at the end of the tracker, as rasa-sdk's slots_to_validate. */
    static Map<String, JsonNode> slotsToValidate(ObjectNode tracker) {
        Map<String, JsonNode> slots = new LinkedHashMap<>();
        JsonNode events = tracker.path("events");
        for (int i = events.size() - 1; i >= 0; i--) {
            JsonNode event = events.get(i);
            if (!"slot".equals(Json.text(event, "event"))) {
                break;
            }
            slots.putIfAbsent(Json.text(event, "name"), event.path("value"));
        }
        return slots;
    }

    private static JsonNode cuisine(JsonNode value) {
        return value.isTextual() && CUISINES.contains(value.asText().toLowerCase(Locale.ROOT))
                ? value : NullNode.getInstance();
    }

    private static JsonNode numPeople(JsonNode value) {
        try {
            int number = value.isNumber() ? value.intValue() : Integer.parseInt(value.asText());
            boolean whole = !value.isNumber() || value.doubleValue() == number;
            return number > 0 && whole ? IntNode.valueOf(number) : NullNode.getInstance();
        } catch (NumberFormatException e) {
            return NullNode.getInstance();
        }
    }

    private static JsonNode outdoorSeating(JsonNode value) {
        if (value.isBoolean()) {
            return value;
        }
        String text = value.asText().toLowerCase(Locale.ROOT);
        if (text.contains("out")) {
            return BooleanNode.TRUE;
        }
        if (text.contains("in")) {
            return BooleanNode.FALSE;
        }
        return NullNode.getInstance();
    }
}
