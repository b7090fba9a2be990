package dev.apprentice.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Settings under {@code apprentice.actions.*} for calling the bot's action server. */
@ConfigMapping(prefix = "apprentice.actions")
public interface ActionsConfig {

    /**
     * The reply sent in place of a custom action that failed on the action server (an error
     * status, an invalid reply, no connection or a timeout), so that the user is not left
     * without an answer. Rasa sends nothing in that case. An empty value sends nothing either.
     * Session-start and validation actions never get this reply.
     */
    @WithDefault("Sorry, something went wrong on my side. Please try again.")
    Optional<String> fallbackResponse();
}
