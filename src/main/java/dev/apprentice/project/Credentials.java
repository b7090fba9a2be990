package dev.apprentice.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** The credentials.yml of a bot: channel name to its settings (an empty object for none). */
public record Credentials(Map<String, JsonNode> channels) {

    public Credentials {
        channels = Map.copyOf(channels);
    }

    public static Credentials none() {
        return new Credentials(Map.of());
    }

    public Optional<JsonNode> channel(String name) {
        return Optional.ofNullable(channels.get(name));
    }
}
