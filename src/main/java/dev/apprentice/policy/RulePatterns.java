package dev.apprentice.policy;

import dev.apprentice.domain.Domain;
import dev.apprentice.training.Rule;
import dev.apprentice.training.StoryStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles rules into {@link RulePattern}s. A rule's states carry only what the rule mentions:
 * its condition in the first state, then for each step the previous action, the intent and
 * entities of the rule's user turn, the slots it set and the loop. A rule that does not mention
 * the loop matches with or without one. While a loop runs on its happy path the ensemble predicts
 * it before any rule, so such rules only apply once the loop rejected a message.
 */
final class RulePatterns {

    private final Domain domain;

    RulePatterns(Domain domain) {
        this.domain = domain;
    }

    List<RulePattern> compile(List<Rule> rules) {
        List<RulePattern> patterns = new ArrayList<>();
        for (Rule rule : rules) {
            for (List<StoryStep> steps : StoryExpander.expandOr(rule.steps())) {
                compileOne(rule, steps, patterns);
            }
        }
        return patterns;
    }

    private void compileOne(Rule rule, List<StoryStep> steps, List<RulePattern> out) {
        List<DialogueState> done = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        applyAll(rule.condition(), current);
        String lastAction = null;
        for (StoryStep step : steps) {
            if (step instanceof StoryStep.User user) {
                current.put(DialogueState.PREV, "action_listen");
                applyUser(user, current);
                lastAction = null;
            } else if (step instanceof StoryStep.Action action) {
                if ("...".equals(action.name())) {
                    done.clear();
                    current.clear();
                    lastAction = null;
                    continue;
                }
                String target = action.name() != null ? action.name() : "text:" + action.botText();
                emit(rule, done, current, target, out);
                // The state before a run of the loop named in the condition is not required
                // later on: in a conversation where this run activated the loop, the loop was
                // not yet active before it, and Rasa still applies the rule.
                if (!target.equals(conditionLoop(rule))) {
                    done.add(new DialogueState(current));
                }
                current = carryUser(current);
                current.put(DialogueState.PREV, target);
                lastAction = target;
            } else {
                applyAll(List.of(step), current);
            }
        }
        if (lastAction != null && rule.waitForUserInput()) {
            emit(rule, done, current, "action_listen", out);
        }
    }

    private void emit(Rule rule, List<DialogueState> done, Map<String, String> current,
            String target, List<RulePattern> out) {
        List<DialogueState> states = new ArrayList<>(done);
        states.add(new DialogueState(current));
        out.add(new RulePattern(rule.name(), states, target, rule.conversationStart()));
    }

    private static Map<String, String> carryUser(Map<String, String> state) {
        Map<String, String> next = new HashMap<>();
        state.forEach((k, v) -> {
            boolean user = k.equals(DialogueState.INTENT) || k.equals(DialogueState.TEXT)
                    || k.startsWith(DialogueState.ENTITY_PREFIX);
            boolean persistent = k.equals(DialogueState.LOOP)
                    || k.startsWith(DialogueState.SLOT_PREFIX);
            if (user || persistent) {
                next.put(k, v);
            }
        });
        return next;
    }

    private void applyUser(StoryStep.User user, Map<String, String> state) {
        state.remove(DialogueState.INTENT);
        state.remove(DialogueState.TEXT);
        state.keySet().removeIf(k -> k.startsWith(DialogueState.ENTITY_PREFIX));
        if (user.intent() != null) {
            state.put(DialogueState.INTENT, user.intent());
        } else if (user.text() != null) {
            state.put(DialogueState.TEXT, user.text().trim().toLowerCase(java.util.Locale.ROOT));
        }
        user.entities().forEach(e -> state.put(DialogueState.ENTITY_PREFIX + e.entity(), "1"));
    }

    private void applyAll(List<StoryStep> steps, Map<String, String> state) {
        for (StoryStep step : steps) {
            if (step instanceof StoryStep.ActiveLoop loop) {
                state.put(DialogueState.LOOP, loop.name() == null ? DialogueState.ABSENT
                        : loop.name());
            } else if (step instanceof StoryStep.SlotWasSet set) {
                set.slots().forEach(s -> putSlot(s, state));
            }
        }
    }

    private void putSlot(StoryStep.SlotValue value, Map<String, String> state) {
        String key = DialogueState.SLOT_PREFIX + value.name();
        if (StateSequence.REQUESTED_SLOT.equals(value.name())) {
            boolean unset = !value.anyValue() && (value.value() == null || value.value().isNull());
            state.put(key, unset ? DialogueState.ABSENT : value.value().asText());
            return;
        }
        domain.slot(value.name()).ifPresent(slot -> {
            String feature = SlotFeaturizer.storyFeature(slot, value.value(), value.anyValue());
            if (feature != null) {
                state.put(key, feature);
            }
        });
    }

    private static String conditionLoop(Rule rule) {
        return rule.condition().stream()
                .filter(s -> s instanceof StoryStep.ActiveLoop)
                .map(s -> ((StoryStep.ActiveLoop) s).name())
                .findFirst().orElse(null);
    }}
