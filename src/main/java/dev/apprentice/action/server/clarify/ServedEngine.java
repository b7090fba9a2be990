package dev.apprentice.action.server.clarify;

import dev.apprentice.clarify.ClarificationSteps;
import dev.apprentice.clarify.IntentModel;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The clarification engine of the loaded bot, as the served actions use it. The bot is loaded
 * after the action server starts, so the engine is installed later; until then a call raises
 * {@link IllegalStateException}, which the action server returns to Rasa as a 500.
 */
@ApplicationScoped
public class ServedEngine {

    /** The clarifier's steps and the intent model of the loaded bot. */
    public record Parts(ClarificationSteps steps, IntentModel intents) {
    }

    private volatile Parts parts;

    public void install(ClarificationSteps steps, IntentModel intents) {
        this.parts = new Parts(steps, intents);
    }

    /** Returns whether the loaded bot's parts are installed, so that the actions can run. */
    public boolean installed() {
        return parts != null;
    }

    /** Returns the installed parts; raises {@link IllegalStateException} before install. */
    public Parts parts() {
        Parts current = parts;
        if (current == null) {
            throw new IllegalStateException("the bot is still loading, so the clarification"
                    + " actions cannot run yet; retry once GET /status answers 200");
        }
        return current;
    }
}
