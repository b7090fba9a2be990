package dev.apprentice.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Settings under {@code apprentice.action-server.*} for the action server Apprentice runs, so
 * that a Rasa bot can call Apprentice's own actions as it calls rasa-sdk.
 */
@ConfigMapping(prefix = "apprentice.action-server")
public interface ActionServerConfig {

    /** Whether to serve actions at all. */
    @WithDefault("true")
    boolean enabled();

    /** The port of the action server, rasa-sdk's 5055 by default; 0 picks a free port. */
    @WithDefault("5055")
    int port();

    /** The interface the action server listens on. */
    @WithDefault("0.0.0.0")
    String host();

    /**
     * Whether to serve the routes on the main HTTP port under {@code /actions-server/} instead
     * of on a port of their own; {@code port} and {@code host} are then unused.
     */
    @WithDefault("false")
    boolean onMainPort();

    /**
     * The token callers must send as the query parameter {@code token}, which is what Rasa sends
     * for {@code token:} in endpoints.yml. Unset means no token is required, as in rasa-sdk.
     */
    Optional<String> token();

    /**
     * The largest request body accepted, 1 MB by default as on the main port. A larger body is
     * rejected with 413 before it is read, and so is a deflated body that inflates past it.
     */
    @WithDefault("1M")
    MemorySize maxBodySize();
}
