package dev.apprentice.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apprentice.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads endpoints.yml and credentials.yml. */
final class EndpointsReader {

    /** Endpoint entries the engine uses; the others are kept but reported as warnings. */
    private static final Set<String> USED_ENDPOINTS = Set.of("action_endpoint");
    /** Channels the engine serves; the others are kept but reported as warnings. */
    private static final Set<String> SERVED_CHANNELS = Set.of("rest", "socketio", "callback");

    private static final Set<String> KAFKA_PROTOCOLS =
            Set.of("PLAINTEXT", "SASL_PLAINTEXT", "SSL", "SASL_SSL");
    private static final Set<String> KAFKA_SASL_MECHANISMS = Set.of(
            "PLAIN", "GSSAPI", "OAUTHBEARER", "SCRAM-SHA-256", "SCRAM-SHA-512");

    private final LoadWarnings warnings;

    EndpointsReader(LoadWarnings warnings) {
        this.warnings = warnings;
    }

    Endpoints readEndpoints(YamlNode root) {
        if (root == null) {
            return Endpoints.none();
        }
        YamlNode.Mapping file = root.asMapping("endpoints");
        Map<String, EndpointConfig> entries = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : file.entries().entrySet()) {
            String name = entry.getKey();
            if (entry.getValue().isNull()) {
                continue;
            }
            YamlNode.Mapping endpoint = entry.getValue().asMapping(name);
            entries.put(name, endpoint(endpoint));
            if ("event_broker".equals(name)) {
                checkKafka(endpoint);
            }
            if (!USED_ENDPOINTS.contains(name)) {
                warnings.addAt(file, name, "the endpoint '" + name + "' is not supported by"
                        + " this engine yet and has no effect");
            }
        }
        return new Endpoints(entries);
    }

    private static EndpointConfig endpoint(YamlNode.Mapping endpoint) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (endpoint.has("headers") && !endpoint.get("headers").isNull()) {
            endpoint.get("headers").asMapping("headers").entries().forEach((name, value) ->
                    headers.put(name, value.asText(name)));
        }
        String user = null;
        String password = null;
        if (endpoint.has("basic_auth") && !endpoint.get("basic_auth").isNull()) {
            YamlNode.Mapping auth = endpoint.get("basic_auth").asMapping("basic_auth");
            user = text(auth, "username");
            password = text(auth, "password");
        }
        double timeout = endpoint.has("timeout")
                ? endpoint.get("timeout").asNumber("timeout") : 300;
        boolean selective = endpoint.has("enable_selective_domain")
                && endpoint.get("enable_selective_domain").asBoolean("enable_selective_domain");
        String type = endpoint.has("type") ? text(endpoint, "type") : text(endpoint, "store_type");
        return new EndpointConfig(text(endpoint, "url"), text(endpoint, "token"),
                text(endpoint, "token_name"), headers, user, password, timeout, selective, type,
                settings(endpoint));
    }

    private static Map<String, Object> settings(YamlNode.Mapping endpoint) {
        Set<String> named = Set.of("url", "token", "token_name", "headers", "basic_auth",
                "timeout", "enable_selective_domain", "type", "store_type");
        Map<String, Object> settings = new LinkedHashMap<>();
        endpoint.entries().forEach((key, value) -> {
            if (!named.contains(key) && !value.isNull()) {
                settings.put(key, Json.MAPPER.convertValue(value.toJson(), Object.class));
            }
        });
        return settings;
    }

    /** Rejects the Kafka settings that Rasa's Kafka event broker rejects when it starts. */
    private static void checkKafka(YamlNode.Mapping broker) {
        if (!"kafka".equals(text(broker, "type"))) {
            return;
        }
        String protocol = text(broker, "security_protocol");
        if (protocol != null && !KAFKA_PROTOCOLS.contains(protocol.toUpperCase())) {
            throw broker.failAt("security_protocol", "invalid Kafka security_protocol '"
                    + protocol + "'; use one of " + KAFKA_PROTOCOLS);
        }
        String mechanism = text(broker, "sasl_mechanism");
        if (mechanism != null && !KAFKA_SASL_MECHANISMS.contains(mechanism.toUpperCase())) {
            throw broker.failAt("sasl_mechanism", "invalid Kafka sasl_mechanism '" + mechanism
                    + "'; use one of " + KAFKA_SASL_MECHANISMS);
        }
    }

    Credentials readCredentials(YamlNode root) {
        if (root == null) {
            return Credentials.none();
        }
        YamlNode.Mapping file = root.asMapping("credentials");
        Map<String, JsonNode> channels = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : file.entries().entrySet()) {
            String channel = entry.getKey();
            YamlNode value = entry.getValue();
            JsonNode settings = value.isNull() ? Json.object() : value.asMapping(channel).toJson();
            channels.put(channel, settings);
            if (!SERVED_CHANNELS.contains(channel)) {
                warnings.addAt(file, channel, "the channel '" + channel + "' is not supported by"
                        + " this engine; only " + List.copyOf(SERVED_CHANNELS) + " are served");
            }
        }
        return new Credentials(channels);
    }

    private static String text(YamlNode.Mapping mapping, String key) {
        return mapping.has(key) ? mapping.get(key).asOptionalText(key) : null;
    }
}
