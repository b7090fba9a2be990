package dev.apprentice.action.server;

import dev.apprentice.action.remote.ActionServerRequest;
import java.util.List;
import java.util.Optional;

/**
 * The part of the clarification engine that {@code action_clarify} uses: whether the latest
 * user message of a Rasa conversation is unclear and, if so, the question to ask about it.
 */
public interface ClarificationPort {

    /** A question with the options offered as buttons. */
    record Question(String text, List<Option> options) {

        public Question {
            options = List.copyOf(options);
        }
    }

    /** One option: the button title the user reads and the payload sent back when chosen. */
    record Option(String title, String payload) {
    }

    /**
     * Returns the question about the latest user message in {@code request}'s tracker, or empty
     * when nothing in it needs clarifying.
     */
    Optional<Question> question(ActionServerRequest request);
}
