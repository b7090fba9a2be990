package dev.apprentice.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One step of a story, rule or test story, as written in the YAML. */
public sealed interface StoryStep {

    /**
     * A user turn. {@code intent} may be null in an end-to-end step that only gives {@code text};
     * {@code text} is the plain text with annotations removed, and {@code entities} lists both the
     * annotated entities of the text and those given under {@code entities:}.
     */
    record User(String intent, String text, List<StepEntity> entities) implements StoryStep {
        public User {
            entities = entities == null ? List.of() : List.copyOf(entities);
        }
    }

    /** An action, or with {@code botText} set, an end-to-end bot utterance. */
    record Action(String name, String botText) implements StoryStep {
        public static Action named(String name) {
            return new Action(name, null);
        }
    }

    /** Slots that must hold these values at this point; a null value with anyValue means "set". */
    record SlotWasSet(List<SlotValue> slots) implements StoryStep {
        public SlotWasSet {
            slots = List.copyOf(slots);
        }
    }

    /** The active loop at this point; {@code name} null means no loop is active. */
    record ActiveLoop(String name) implements StoryStep {
    }

    /** A checkpoint linking stories, allowed as first or last step only. */
    record Checkpoint(String name, List<SlotValue> slots) implements StoryStep {
        public Checkpoint {
            slots = slots == null ? List.of() : List.copyOf(slots);
        }
    }

    /** Alternatives: the story holds with any one of them at this point. */
    record Or(List<StoryStep> alternatives) implements StoryStep {
        public Or {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** An entity of a user step: {@code value} null means any value. */
    record StepEntity(String entity, String value, String role, String group, int start, int end) {
        public static StepEntity of(String entity, String value) {
            return new StepEntity(entity, value, null, null, -1, -1);
        }
    }

    /** A slot and the value it must hold; {@code anyValue} means only "is set" is checked. */
    record SlotValue(String name, JsonNode value, boolean anyValue) {
    }
}
