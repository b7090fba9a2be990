package dev.apprentice.processor;

import dev.apprentice.event.Event;
import java.util.List;

/**
 * What a {@link TurnInterceptor} decided about a user message. The processor logs
 * {@code message}; then, when {@code action} is set, that action with {@code actionEvents};
 * then {@code resume} as a further user message when set (the original request, understood
 * again after a clarifying answer); then either {@code preface} and the policies' actions, or,
 * without {@code runPolicies}, just {@code action_listen}.
 */
public record Interception(
        UserMessage message, String action, List<Event> actionEvents, UserMessage resume,
        List<Event> preface, boolean runPolicies) {

    public Interception {
        actionEvents = actionEvents == null ? List.of() : List.copyOf(actionEvents);
        preface = preface == null ? List.of() : List.copyOf(preface);
    }

    /** Handles the message as usual, with {@code preface} logged before the policies run. */
    public static Interception proceed(UserMessage message, List<Event> preface) {
        return new Interception(message, null, List.of(), null, preface, true);
    }

    /** Runs {@code action} for the message and then waits for the user. */
    public static Interception reply(UserMessage message, String action, List<Event> events) {
        return new Interception(message, action, events, null, List.of(), false);
    }

    /** Runs {@code action} for an answer, then handles {@code resume} with the policies. */
    public static Interception resume(UserMessage message, String action, List<Event> events,
            UserMessage resume, List<Event> preface) {
        return new Interception(message, action, events, resume, preface, true);
    }
}
