package dev.apprentice.policy;

import java.util.List;

/**
 * One prediction a rule makes: when the latest states of the session satisfy {@code states}
 * (each pattern state's features hold in the aligned tracker state), predict {@code action}.
 * With {@code conversationStart} the states must also be the first of the session.
 */
record RulePattern(
        String rule, List<DialogueState> states, String action, boolean conversationStart) {

    boolean matches(List<DialogueState> tracker) {
        int k = states.size();
        int n = tracker.size();
        if (k > n || (conversationStart && k != n)) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            if (!tracker.get(n - k + j).satisfies(states.get(j))) {
                return false;
            }
        }
        return true;
    }

    int specificity() {
        return states.stream().mapToInt(s -> s.features().size()).sum();
    }
}
