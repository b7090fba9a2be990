package dev.apprentice.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Settings under {@code apprentice.*}; each is also an environment variable. */
@ConfigMapping(prefix = "apprentice")
public interface ApprenticeConfig {

    /** The Rasa project folder of the bot ({@code APPRENTICE_DIALOGUES}). */
    @WithDefault("dialogues")
    String dialogues();

    /**
     * The token the HTTP API requires as {@code ?token=}, as Rasa's {@code --auth-token}. Unset
     * means the API is open, Rasa's default.
     */
    Optional<String> authToken();

    /** The longest user message accepted, in characters; longer ones get 413. */
    @WithDefault("10000")
    int maxMessageChars();

    /** The longest sender id accepted, in characters. */
    @WithDefault("512")
    int maxSenderChars();

    /** The seed for choosing among response variations; unset means a random seed. */
    Optional<Long> responseSeed();
}
