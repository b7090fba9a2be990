package dev.apprentice.policy;

import java.util.Map;
import java.util.TreeMap;

/**
 * The features of a conversation at one point where an action is predicted: the previous
 * action ({@code prev}), the latest intent or end-to-end text, its entity names, the featurised
 * slots that influence the conversation, and the active loop. Keys are stable strings so that
 * states from stories and from live trackers compare equal.
 */
public record DialogueState(Map<String, String> features) {

    public static final String PREV = "prev";
    public static final String INTENT = "intent";
    public static final String TEXT = "text";
    public static final String LOOP = "loop";
    public static final String ENTITY_PREFIX = "entity:";
    public static final String SLOT_PREFIX = "slot:";
    /** The value of a feature that a rule requires to be absent. */
    public static final String ABSENT = "<none>";

    public DialogueState {
        features = java.util.Collections.unmodifiableMap(new TreeMap<>(features));
    }

    public String get(String key) {
        return features.get(key);
    }

    /** Returns whether every feature of {@code pattern} has the same value in this state. */
    public boolean satisfies(DialogueState pattern) {
        for (Map.Entry<String, String> required : pattern.features.entrySet()) {
            String actual = features.getOrDefault(required.getKey(), ABSENT);
            if (!actual.equals(required.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Returns this state without entity features, for a looser match. */
    public DialogueState withoutEntities() {
        Map<String, String> copy = new TreeMap<>(features);
        copy.keySet().removeIf(k -> k.startsWith(ENTITY_PREFIX));
        return new DialogueState(copy);
    }

    /** Returns this state with the user's text in place of the intent, for end-to-end stories. */
    public DialogueState withTextOnly() {
        Map<String, String> copy = new TreeMap<>(features);
        copy.remove(INTENT);
        copy.keySet().removeIf(k -> k.startsWith(ENTITY_PREFIX));
        return new DialogueState(copy);
    }

    /** Returns this state without the end-to-end text. */
    public DialogueState withoutText() {
        Map<String, String> copy = new TreeMap<>(features);
        copy.remove(TEXT);
        return new DialogueState(copy);
    }

    @Override
    public String toString() {
        return features.toString();
    }
}
