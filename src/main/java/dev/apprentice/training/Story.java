package dev.apprentice.training;

import java.util.List;

/** A story or test story; {@code source} names its file and line. */
public record Story(String name, List<StoryStep> steps, String source) {

    public Story {
        steps = List.copyOf(steps);
    }
}
