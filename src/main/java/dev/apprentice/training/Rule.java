package dev.apprentice.training;

import java.util.List;

/**
 * A rule: {@code condition} must hold before the first step; with {@code conversationStart} the
 * rule applies only at the start of a session; without {@code waitForUserInput} the rule does not
 * end with an implicit {@code action_listen}.
 */
public record Rule(
        String name,
        List<StoryStep> condition,
        List<StoryStep> steps,
        boolean conversationStart,
        boolean waitForUserInput,
        String source) {

    public Rule {
        condition = condition == null ? List.of() : List.copyOf(condition);
        steps = List.copyOf(steps);
    }
}
