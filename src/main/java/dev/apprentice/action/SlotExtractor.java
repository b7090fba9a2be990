package dev.apprentice.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.apprentice.domain.Domain;
import dev.apprentice.domain.Form;
import dev.apprentice.domain.MappingCondition;
import dev.apprentice.domain.Slot;
import dev.apprentice.domain.SlotMapping;
import dev.apprentice.event.Event;
import dev.apprentice.event.Events;
import dev.apprentice.json.Json;
import dev.apprentice.tracker.DialogueStateTracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Rasa's {@code action_extract_slots}: after each user message, fills slots from their mappings
 * and returns a {@code slot} event for each value that changed. The first mapping of a slot that
 * yields a value wins. While a form is active, {@code from_text} and {@code from_intent}
 * mappings of the form's slots only fill the slot the form asked for.
 */
public final class SlotExtractor {

    private static final Logger LOG = Logger.getLogger(SlotExtractor.class);

    private final Domain domain;

    public SlotExtractor(Domain domain) {
        this.domain = domain;
    }

    public List<Event> extract(DialogueStateTracker tracker, double now) {
        List<Event> events = new ArrayList<>();
        for (Slot slot : domain.slots().values()) {
            JsonNode value = valueFor(slot, tracker);
            if (value != null && !Objects.equals(value, tracker.slot(slot.name()))) {
                LOG.debugf("turn.slot sender=%s slot=%s", tracker.senderId(), slot.name());
                events.add(Events.slot(slot.name(), value, now));
            }
        }
        return events;
    }

    private JsonNode valueFor(Slot slot, DialogueStateTracker tracker) {
        for (SlotMapping mapping : slot.mappings()) {
            if (!applies(slot, mapping, tracker)) {
                continue;
            }
            JsonNode value = switch (mapping.type()) {
                case "from_entity" -> fromEntity(slot, mapping, tracker);
                case "from_text" -> tracker.latestText() == null ? null
                        : TextNode.valueOf(tracker.latestText());
                case "from_intent" -> mapping.value();
                default -> null;
            };
            if (value != null && !value.isMissingNode()) {
                return value;
            }
        }
        return null;
    }

    private boolean applies(Slot slot, SlotMapping mapping, DialogueStateTracker tracker) {
        String intent = tracker.latestIntent();
        if (!mapping.acceptsIntent(intent)) {
            return false;
        }
        String loop = tracker.activeLoopName();
        JsonNode requestedNode = tracker.slot("requested_slot");
        String requested = requestedNode.isNull() ? null : requestedNode.asText();
        if (!mapping.conditions().isEmpty()) {
            return mapping.conditions().stream().anyMatch(c -> conditionHolds(c, loop, requested));
        }
        Form form = loop == null ? null : domain.forms().get(loop);
        if (form != null && form.requiredSlots().contains(slot.name())) {
            if (intent != null && form.ignoredIntents().contains(intent)) {
                return false;
            }
            boolean textual = !"from_entity".equals(mapping.type());
            return !textual || slot.name().equals(requested);
        }
        return true;
    }

    private static boolean conditionHolds(MappingCondition c, String loop, String requested) {
        if (c.activeLoop() != null && !c.activeLoop().equals(loop)) {
            return false;
        }
        return c.requestedSlot() == null || c.requestedSlot().equals(requested);
    }

    private JsonNode fromEntity(Slot slot, SlotMapping mapping, DialogueStateTracker tracker) {
        // As in Rasa 3, use_entities and ignore_entities only keep entities out of the dialogue
        // state; they do not stop a mapping from filling its slot.
        List<JsonNode> values = new ArrayList<>();
        for (JsonNode entity : tracker.latestMessage().path("entities")) {
            if (mapping.entity().equals(entity.path("entity").asText())
                    && Objects.equals(mapping.role(), Json.text(entity, "role"))
                    && Objects.equals(mapping.group(), Json.text(entity, "group"))) {
                values.add(entity.get("value"));
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        if ("list".equals(slot.type())) {
            var array = Json.array();
            values.forEach(array::add);
            return array;
        }
        return values.get(0);
    }
}
