package dev.apprentice.action.server;

import dev.apprentice.action.remote.ActionServerRequest;
import dev.apprentice.action.remote.ActionServerResponse;

/**
 * An action Apprentice serves to Rasa bots over the action-server protocol, like a rasa-sdk
 * {@code Action}. It reads the request's tracker and domain and returns events and messages;
 * it changes nothing in the calling bot except through them.
 *
 * <p>To refuse to run, as a form does with a message it cannot use, throw
 * {@link ActionExecutionRejection}; Rasa then predicts another action. Any other exception is
 * returned to Rasa as a 500, which Rasa logs before going on without the action's events.
 * Implementations must be thread-safe, because calls for different conversations run at once.
 */
public interface ServedAction {

    /** Returns the name a Rasa domain lists under {@code actions:}. */
    String name();

    ActionServerResponse run(ActionServerRequest request);
}
