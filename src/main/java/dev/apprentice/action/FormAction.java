package dev.apprentice.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.domain.Form;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.tracker.DialogueStateTracker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * A form, run as Rasa's FormAction: on activation it asks for the first empty required slot; on
 * each later user turn it takes the slots the message filled (rejecting the turn when it filled
 * none, so that rules and stories can handle the interruption), asks for the next empty slot,
 * and deactivates when all are filled. Slots are validated by the custom action
 * {@code validate_<form>} when the domain lists it.
 */
final class FormAction implements Action {

    private static final Logger LOG = Logger.getLogger(FormAction.class);
    private static final String REQUESTED = "requested_slot";

    private final Form form;
    private final Domain domain;
    private final CustomActionExecutor custom;

    FormAction(Form form, Domain domain, CustomActionExecutor custom) {
        this.form = form;
        this.domain = domain;
        this.custom = custom;
    }

    @Override
    public String name() {
        return form.name();
    }

    @Override
    public ActionResult run(DialogueStateTracker tracker, ActionContext context) {
        List<Event> events = new ArrayList<>();
        boolean active = form.name().equals(tracker.activeLoopName());
        if (!active) {
            events.add(Events.activeLoop(form.name(), context.now()));
        } else if (userAnswered(tracker)) {
            if (filledThisTurn(tracker).isEmpty()) {
                LOG.debugf("turn.form sender=%s form=%s rejected: no slot filled",
                        tracker.senderId(), form.name());
                return ActionResult.rejection();
            }
        }
        ActionResult validation = validate(tracker, context);
        if (validation.rejected()) {
            return validation;
        }
        events.addAll(validation.events());
        events.addAll(requestNextSlot(tracker, context, slotsAfter(tracker, events)));
        return ActionResult.of(events);
    }

    private boolean userAnswered(DialogueStateTracker tracker) {
        return "action_listen".equals(tracker.latestActionName())
                && !tracker.activeLoopInterrupted();
    }

    /** Returns the form's slots that a slot event after the latest user message set. */
    private Set<String> filledThisTurn(DialogueStateTracker tracker) {
        Set<String> filled = new HashSet<>();
        List<Event> events = tracker.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            Event event = events.get(i);
            if (event.is("user")) {
                break;
            }
            if (event.is("slot") && form.requiredSlots().contains(event.name())) {
                filled.add(event.name());
            }
        }
        return filled;
    }

    /**
     * Runs {@code validate_<form>} as Rasa's FormAction does. The action server gets a copy of
     * the tracker that ends with this form's {@code action} event and one {@code slot} event per
     * candidate, because rasa-sdk's FormValidationAction validates exactly the trailing slot
     * events. Candidates are the slots set since the user's message, or on activation the
     * required slots already filled. A candidate the validator returns no slot event for is
     * taken as valid.
     */
    private ActionResult validate(DialogueStateTracker tracker, ActionContext context) {
        String validator = "validate_" + form.name();
        if (!domain.actions().contains(validator) || !needsValidation(tracker)) {
            return ActionResult.none();
        }
        if (!custom.available()) {
            LOG.warnf("form %s: %s is listed in the domain but no action server is configured;"
                    + " slot values are taken unvalidated", form.name(), validator);
            return ActionResult.none();
        }
        boolean active = form.name().equals(tracker.activeLoopName());
        List<Event> candidates = active ? slotEventsSinceUser(tracker)
                : prefilledSlots(tracker, context);
        if (!active && candidates.isEmpty()) {
            return ActionResult.none();
        }

        List<Event> history = new ArrayList<>(tracker.eventsAfterRestart());
        history.add(Events.action(form.name(), null, null, false, context.now()));
        history.addAll(candidates);
        ActionResult validation = custom.run(validator,
                new DialogueStateTracker(tracker.senderId(), domain, history), context);
        return validation.rejected() ? validation : merge(validation.events(), candidates);
    }

    /** Returns the validator's events, then the candidates it returned no slot event for. */
    private static ActionResult merge(List<Event> validated, List<Event> candidates) {
        Set<String> names = new HashSet<>();
        validated.stream().filter(e -> e.is("slot")).forEach(e -> names.add(e.name()));
        List<Event> events = new ArrayList<>(validated);
        candidates.stream().filter(e -> !names.contains(e.name())).forEach(events::add);
        return ActionResult.of(events);
    }

    /** Rasa validates on activation and after a user message that did not interrupt the form. */
    private boolean needsValidation(DialogueStateTracker tracker) {
        return !form.name().equals(tracker.activeLoopName()) || userAnswered(tracker);
    }

    private static List<Event> slotEventsSinceUser(DialogueStateTracker tracker) {
        List<Event> slots = new ArrayList<>();
        List<Event> events = tracker.events();
        for (int i = events.size() - 1; i >= 0 && !events.get(i).is("user"); i--) {
            Event event = events.get(i);
            if (event.is("slot") && !REQUESTED.equals(event.name())) {
                slots.add(0, event);
            }
        }
        return slots;
    }

    private List<Event> prefilledSlots(DialogueStateTracker tracker, ActionContext context) {
        List<Event> slots = new ArrayList<>();
        for (String slot : form.requiredSlots()) {
            JsonNode value = tracker.slot(slot);
            if (value != null && !value.isNull()) {
                slots.add(Events.slot(slot, value, context.now()));
            }
        }
        return slots;
    }

    private Map<String, JsonNode> slotsAfter(DialogueStateTracker tracker, List<Event> events) {
        Map<String, JsonNode> slots = new HashMap<>(tracker.slots());
        events.stream().filter(e -> e.is("slot")).forEach(e -> slots.put(e.name(), e.get("value")));
        return slots;
    }

    private List<Event> requestNextSlot(DialogueStateTracker tracker, ActionContext context,
            Map<String, JsonNode> slots) {
        for (String slot : form.requiredSlots()) {
            JsonNode value = slots.get(slot);
            if (value == null || value.isNull()) {
                List<Event> events = new ArrayList<>();
                events.add(Events.slot(REQUESTED, TextNode.valueOf(slot), context.now()));
                events.addAll(ask(slot, tracker, context, slots));
                return events;
            }
        }
        List<Event> done = new ArrayList<>();
        done.add(Events.activeLoop(null, context.now()));
        done.add(Events.slot(REQUESTED, null, context.now()));
        return done;
    }

    private List<Event> ask(String slot, DialogueStateTracker tracker, ActionContext context,
            Map<String, JsonNode> slots) {
        for (String name : List.of("action_ask_" + form.name() + "_" + slot,
                "utter_ask_" + form.name() + "_" + slot, "action_ask_" + slot,
                "utter_ask_" + slot)) {
            if (domain.responses().containsKey(name)) {
                return context.renderer()
                        .render(name, slots, context.outputChannel(), Map.of(), context.now())
                        .map(List::of).orElse(List.of());
            }
            if (domain.actions().contains(name)) {
                return custom.run(name, tracker, context).events();
            }
        }
        LOG.warnf("form %s has no utter_ask_%s response or action_ask_%s action;"
                + " the slot is requested without a question", form.name(), slot, slot);
        return List.of();
    }
}
