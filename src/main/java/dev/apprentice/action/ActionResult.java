package dev.apprentice.action;

import dev.apprentice.event.Event;
import java.util.List;

/**
 * What an action returned. A rejected action (a form that could not use the user's message, or
 * an action server's 400) is logged only as {@code action_execution_rejected}, and the processor
 * predicts another action.
 */
public record ActionResult(List<Event> events, boolean rejected) {

    public ActionResult {
        events = List.copyOf(events);
    }

    public static ActionResult of(List<Event> events) {
        return new ActionResult(events, false);
    }

    public static ActionResult none() {
        return new ActionResult(List.of(), false);
    }

    public static ActionResult rejection() {
        return new ActionResult(List.of(), true);
    }
}
