package dev.apprentice.action.remote;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apprentice.action.ActionContext;
import dev.apprentice.domain.Domain;
import dev.apprentice.domain.EntityType;
import dev.apprentice.domain.Intent;
import dev.apprentice.domain.ResponseVariation;
import dev.apprentice.domain.SessionConfig;
import dev.apprentice.domain.Slot;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.nlg.ResponseRenderer;
import dev.apprentice.project.EndpointConfig;
import dev.apprentice.tracker.DialogueStateTracker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A domain like the one of Rasa's own remote-action tests: slot {@code name}, response
 * {@code utter_greet} "hey there {name}!", {@code utter_ask_cuisine}, and the custom actions
 * {@code my_action} and {@code validate_restaurant_form}. The tracker's only user message is
 * {@link #USER_TEXT}, which no log line may contain.
 */
final class ActionTestBot {

    static final String USER_TEXT = "my card number is 4111";
    static final String SENDER = "conv-7";

    private ActionTestBot() {
    }

    static Domain domain(Set<String> sendDomainActions) {
        return domain(sendDomainActions, List.of("my_action", "validate_restaurant_form"));
    }

    static Domain domain(Set<String> sendDomainActions, List<String> customActions) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        slots.put("name", Slot.unfeaturized("name", "text"));
        slots.put("session_started_metadata", Slot.unfeaturized("session_started_metadata",
                "any"));
        Map<String, List<ResponseVariation>> responses = new LinkedHashMap<>();
        responses.put("utter_greet", List.of(variation("hey there {name}!")));
        responses.put("utter_ask_cuisine", List.of(variation("what dou want to eat?")));
        ObjectNode json = Json.object();
        json.put("version", "3.1");
        json.putArray("intents").add("greet");
        customActions.forEach(json.putArray("actions")::add);
        return new Domain(List.of(Intent.named("greet")), List.of(EntityType.named("name")),
                slots, responses, customActions, sendDomainActions, Map.of(),
                SessionConfig.DEFAULT, true, json);
    }

    static Domain domain() {
        return domain(Set.of());
    }

    private static ResponseVariation variation(String text) {
        return new ResponseVariation(Json.object().put("text", text), null, List.of());
    }

    static DialogueStateTracker tracker(Domain domain) {
        ObjectNode parse = Json.object().put("text", USER_TEXT);
        parse.putObject("intent").put("name", "greet").put("confidence", 1.0);
        parse.putArray("entities");
        List<Event> history = List.of(
                Events.action("action_session_start", null, 1.0, false, 10),
                Events.plain("session_started", 10),
                Events.action("action_listen", null, null, false, 10),
                Events.user(USER_TEXT, parse, "rest", "m1", null, 11));
        return new DialogueStateTracker(SENDER, domain, history);
    }

    static ActionContext context(Domain domain) {
        return new ActionContext(new ResponseRenderer(domain, new Random(1)), "collector",
                () -> 1000.0, null);
    }

    static EndpointConfig endpoint(String url) {
        return endpoint(url, 300, false);
    }

    static EndpointConfig endpoint(String url, double timeoutSeconds, boolean selective) {
        return new EndpointConfig(url, null, null, Map.of(), null, null, timeoutSeconds,
                selective, null, Map.of());
    }
}
