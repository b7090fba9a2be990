package dev.apprentice.processor;

/** Raised when a caller names an action that the bot's domain does not have. */
public class UnknownActionException extends RuntimeException {

    private final String actionName;

    public UnknownActionException(String actionName) {
        super("action '" + actionName + "' is not in the domain");
        this.actionName = actionName;
    }

    public String actionName() {
        return actionName;
    }
}
