package dev.apprentice.action;

import dev.apprentice.tracker.DialogueStateTracker;

/**
 * Runs actions that live on an action server. The result's events come in the order Rasa applies
 * them: bot messages first, then the events the server returned.
 */
public interface CustomActionExecutor {

    ActionResult run(String actionName, DialogueStateTracker tracker, ActionContext context);

    /** Returns whether an action server is configured at all. */
    boolean available();
}
