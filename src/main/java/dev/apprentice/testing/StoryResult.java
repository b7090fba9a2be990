package dev.apprentice.testing;

import java.util.List;

/** The outcome of one test story: passed when {@code failures} is empty. */
public record StoryResult(String story, String source, List<String> failures) {

    public StoryResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
