package dev.apprentice.policy;

import dev.apprentice.domain.Domain;
import dev.apprentice.training.Story;
import dev.apprentice.training.StoryStep;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Remembers which action followed each window of up to {@code maxHistory} states in the stories,
 * and predicts it when the conversation's latest states match a window. Like Rasa's
 * AugmentedMemoizationPolicy it backs off to shorter windows when the longest does not match,
 * so a story still applies after unrelated earlier turns. Longer matches win.
 *
 * <p>Windows are looked up with intents and, for end-to-end stories, with the user's text; each
 * also without entity features, because stories often leave out entities the NLU finds.
 */
public final class MemoizationPolicy {

    static final String NAME = "MemoizationPolicy";

    private final int maxHistory;
    private final Map<List<DialogueState>, Map<String, Integer>> byIntent = new HashMap<>();
    private final Map<List<DialogueState>, Map<String, Integer>> byText = new HashMap<>();

    public MemoizationPolicy(Domain domain, List<Story> stories, int maxHistory) {
        this.maxHistory = Math.max(1, maxHistory);
        StateSequence sequence = new StateSequence(domain);
        for (List<StoryStep> steps : StoryExpander.expand(stories)) {
            memorise(sequence.trainingSteps(StoryEvents.of(steps)));
        }
    }

    public int size() {
        return byIntent.size() + byText.size();
    }

    private void memorise(List<StateSequence.Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            for (int h = 1; h <= maxHistory && i - h + 1 >= 0; h++) {
                List<DialogueState> window = steps.subList(i - h + 1, i + 1).stream()
                        .map(StateSequence.Step::state).toList();
                String action = steps.get(i).action();
                boolean endToEnd = window.stream().anyMatch(s -> s.get(DialogueState.INTENT) == null
                        && s.get(DialogueState.TEXT) != null);
                var target = endToEnd ? byText : byIntent;
                UnaryOperator<DialogueState> view = endToEnd ? MemoizationPolicy::textView
                        : MemoizationPolicy::intentView;
                vote(target, normalise(window, view), action);
                vote(target, normalise(window, s -> view.apply(s).withoutEntities()), action);
            }
        }
    }

    private static void vote(
            Map<List<DialogueState>, Map<String, Integer>> map, List<DialogueState> key,
            String action) {
        map.computeIfAbsent(key, k -> new HashMap<>()).merge(action, 1, Integer::sum);
    }

    /** Predicts from the latest states of the session, the last being the current state. */
    public Optional<Prediction> predict(List<DialogueState> states) {
        for (int h = Math.min(maxHistory, states.size()); h >= 1; h--) {
            List<DialogueState> window = states.subList(states.size() - h, states.size());
            Optional<Prediction> found = lookup(byText, window, MemoizationPolicy::textView, true)
                    .or(() -> lookup(byIntent, window, MemoizationPolicy::intentView, false));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Prediction> lookup(
            Map<List<DialogueState>, Map<String, Integer>> map, List<DialogueState> window,
            UnaryOperator<DialogueState> view, boolean useText) {
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> votes = map.get(normalise(window, view));
        if (votes == null) {
            votes = map.get(normalise(window, s -> view.apply(s).withoutEntities()));
        }
        if (votes == null) {
            return Optional.empty();
        }
        int total = votes.values().stream().mapToInt(Integer::intValue).sum();
        // Ties go to the alphabetically first action, so a prediction never depends on order.
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> entry : votes.entrySet()) {
            if (best == null || entry.getValue() > best.getValue()
                    || entry.getValue().equals(best.getValue())
                    && entry.getKey().compareTo(best.getKey()) < 0) {
                best = entry;
            }
        }
        return Optional.of(new Prediction(
                best.getKey(), (double) best.getValue() / total, NAME, useText));
    }

    private static List<DialogueState> normalise(
            List<DialogueState> window, UnaryOperator<DialogueState> view) {
        return window.stream().map(view).map(MemoizationPolicy::withoutRequestedSlot).toList();
    }

    private static DialogueState intentView(DialogueState state) {
        return state.withoutText();
    }

    private static DialogueState textView(DialogueState state) {
        return state.get(DialogueState.TEXT) == null ? state : state.withTextOnly();
    }

    private static DialogueState withoutRequestedSlot(DialogueState state) {
        String key = DialogueState.SLOT_PREFIX + StateSequence.REQUESTED_SLOT;
        if (!state.features().containsKey(key)) {
            return state;
        }
        Map<String, String> copy = new HashMap<>(state.features());
        copy.remove(key);
        return new DialogueState(copy);
    }
}
