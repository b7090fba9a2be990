package dev.apprentice.project;

import java.util.Map;
import java.util.Optional;

/** The endpoints.yml of a bot, by top-level key. */
public record Endpoints(Map<String, EndpointConfig> entries) {

    public Endpoints {
        entries = Map.copyOf(entries);
    }

    public static Endpoints none() {
        return new Endpoints(Map.of());
    }

    public Optional<EndpointConfig> actionEndpoint() {
        return Optional.ofNullable(entries.get("action_endpoint"));
    }
}
