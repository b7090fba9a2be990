package dev.apprentice.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A bot's domain, merged from every domain file and read-only after loading.
 *
 * <p>{@code slots} already contains Rasa's default slots ({@code session_started_metadata},
 * {@code requested_slot} when there are forms, the knowledge-base slots when the knowledge-base
 * action is listed). {@code json} is the domain dict in the shape Rasa sends to action servers and
 * returns from {@code GET /domain}.
 */
public record Domain(
        List<Intent> intents,
        List<EntityType> entities,
        Map<String, Slot> slots,
        Map<String, List<ResponseVariation>> responses,
        List<String> actions,
        Set<String> sendDomainActions,
        Map<String, Form> forms,
        SessionConfig sessionConfig,
        boolean storeEntitiesAsSlots,
        ObjectNode json) {

    /** Actions every bot has without declaring them. */
    public static final List<String> DEFAULT_ACTIONS = List.of(
            "action_listen", "action_restart", "action_session_start",
            "action_default_fallback", "action_deactivate_loop", "action_revert_fallback_events",
            "action_default_ask_affirmation", "action_default_ask_rephrase",
            "action_two_stage_fallback", "action_unlikely_intent", "action_back",
            "action_extract_slots");

    /** Intents every bot has without declaring them. */
    public static final List<String> DEFAULT_INTENTS =
            List.of("restart", "back", "out_of_scope", "session_start", "nlu_fallback");

    public Domain {
        intents = List.copyOf(intents);
        entities = List.copyOf(entities);
        slots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slots));
        responses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(responses));
        actions = List.copyOf(actions);
        sendDomainActions = Set.copyOf(sendDomainActions);
        forms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(forms));
        sessionConfig = sessionConfig == null ? SessionConfig.DEFAULT : sessionConfig;
    }

    public Optional<Intent> intent(String name) {
        return intents.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** Returns whether {@code name} is a declared intent or one of Rasa's default intents. */
    public boolean hasIntent(String name) {
        return DEFAULT_INTENTS.contains(name) || intent(name).isPresent();
    }

    public List<String> intentNames() {
        return intents.stream().map(Intent::name).toList();
    }

    public boolean hasEntity(String name) {
        return entities.stream().anyMatch(e -> e.name().equals(name));
    }

    public Optional<Slot> slot(String name) {
        return Optional.ofNullable(slots.get(name));
    }

    public Optional<Form> form(String name) {
        return Optional.ofNullable(forms.get(name));
    }

    /** Every action the bot can run: defaults, responses, custom actions and forms. */
    public Set<String> actionNames() {
        Set<String> names = new LinkedHashSet<>(DEFAULT_ACTIONS);
        names.addAll(responses.keySet());
        names.addAll(actions);
        names.addAll(forms.keySet());
        return names;
    }

    /** Returns whether {@code name} is a custom action to run on an action server. */
    public boolean isCustomAction(String name) {
        return actions.contains(name) && !responses.containsKey(name);
    }

    public List<String> retrievalIntents() {
        List<String> result = new ArrayList<>();
        for (String response : responses.keySet()) {
            int slash = response.indexOf('/');
            if (response.startsWith("utter_") && slash > 0) {
                String intent = response.substring("utter_".length(), slash);
                if (!result.contains(intent)) {
                    result.add(intent);
                }
            }
        }
        return result;
    }
}
