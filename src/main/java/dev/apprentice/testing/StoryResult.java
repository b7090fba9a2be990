package dev.apprentice.testing;

import java.util.List;

/**
 * The outcome of one test story: passed when nothing differed. Intent failures are NLU errors
 * on the story's texts; action failures are dialogue errors, which the story's own intents
 * cannot cause because the gold intent is logged after each check.
 */
public record StoryResult(String story, String source, List<Failure> failures) {

    public StoryResult {
        failures = List.copyOf(failures);
    }

    /** What differed at one step of a story. */
    public record Failure(Kind kind, int step, String message) {
        @Override
        public String toString() {
            return "step " + step + ": " + message;
        }
    }

    /** Whether NLU or the dialogue policies got a step wrong. */
    public enum Kind { INTENT, ACTION }

    public boolean passed() {
        return failures.isEmpty();
    }

    public List<Failure> actionFailures() {
        return failures.stream().filter(f -> f.kind() == Kind.ACTION).toList();
    }

    public List<Failure> intentFailures() {
        return failures.stream().filter(f -> f.kind() == Kind.INTENT).toList();
    }
}
