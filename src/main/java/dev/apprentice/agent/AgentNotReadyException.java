package dev.apprentice.agent;

/** Raised when a request needs the bot before it has been loaded and trained. */
public class AgentNotReadyException extends RuntimeException {

    public AgentNotReadyException() {
        super("No agent loaded. To continue processing, a model of a trained agent needs to be"
                + " loaded.");
    }
}
