package dev.apprentice.processor;

import dev.apprentice.action.ActionContext;
import dev.apprentice.tracker.DialogueStateTracker;

/**
 * Looks at each user message before the policies do, after the session has been started. The
 * clarification engine uses it to ask about doubts, read answers and switch modes. It must not
 * change the tracker; it returns what the processor should log.
 */
@FunctionalInterface
public interface TurnInterceptor {

    Interception intercept(DialogueStateTracker tracker, UserMessage message,
            ActionContext context);

    /** Handles every message as usual. */
    TurnInterceptor NONE = (tracker, message, context) -> Interception.proceed(message, null);
}
