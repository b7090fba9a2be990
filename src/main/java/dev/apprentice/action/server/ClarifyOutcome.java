package dev.apprentice.action.server;

import java.util.List;
import java.util.Optional;

/**
 * The result of {@code action_clarify} or {@code action_learn_from_answer}: the messages to send
 * and the id of the question now waiting for the user's answer, or empty when none waits.
 */
public record ClarifyOutcome(List<ServedReply> messages, Optional<String> pendingQuestion) {

    /** The slot that carries the pending question's id to the Rasa bot's rules. */
    public static final String QUESTION_SLOT = "apprentice_question";

    public ClarifyOutcome {
        messages = List.copyOf(messages);
    }

    public static ClarifyOutcome nothing() {
        return new ClarifyOutcome(List.of(), Optional.empty());
    }
}
