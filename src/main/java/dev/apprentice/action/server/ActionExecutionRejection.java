package dev.apprentice.action.server;

/**
 * Thrown by a {@link ServedAction} that refuses to run on this tracker, like rasa-sdk's
 * exception of the same name. The server responds 400 with the action's name, which Rasa logs as
 * {@code action_execution_rejected} before predicting another action.
 */
public final class ActionExecutionRejection extends RuntimeException {

    private final String actionName;

    public ActionExecutionRejection(String actionName) {
        this(actionName, "Custom action '" + actionName + "' rejected execution.");
    }

    public ActionExecutionRejection(String actionName, String message) {
        super(message);
        this.actionName = actionName;
    }

    public String actionName() {
        return actionName;
    }
}
