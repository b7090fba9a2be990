package dev.apprentice.action;

import dev.apprentice.tracker.DialogueStateTracker;

/**
 * An action the bot can run. Actions never change the tracker: they return the events the
 * processor then logs after the {@code action} event, as Rasa's actions do.
 */
public interface Action {

    String name();

    ActionResult run(DialogueStateTracker tracker, ActionContext context);
}
