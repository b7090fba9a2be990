package dev.apprentice.project;

import java.util.Map;

/**
 * An entry of endpoints.yml, such as {@code action_endpoint}. {@code timeoutSeconds} defaults to
 * Rasa's 300; {@code settings} keeps every key that is not one of the named ones.
 */
public record EndpointConfig(
        String url,
        String token,
        String tokenName,
        Map<String, String> headers,
        String basicAuthUser,
        String basicAuthPassword,
        double timeoutSeconds,
        boolean enableSelectiveDomain,
        String type,
        Map<String, Object> settings) {

    public EndpointConfig {
        tokenName = tokenName == null ? "token" : tokenName;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
