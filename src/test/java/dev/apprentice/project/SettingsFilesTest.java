package dev.apprentice.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config.yml, endpoints.yml and credentials.yml. */
class SettingsFilesTest {

    @TempDir
    Path root;

    private RasaProject load(String file, String yaml) throws IOException {
        Files.writeString(root.resolve("domain.yml"), "intents: [greet]\n");
        Files.writeString(root.resolve(file), yaml);
        return new ProjectLoader(Map.of("ACTION_TOKEN", "s3cret")::get).load(root);
    }

    @Test
    void config_thresholds_and_policies() throws IOException {
        BotConfig config = load("config.yml", """
                recipe: default.v1
                assistant_id: demo
                language: de
                pipeline:
                  - name: WhitespaceTokenizer
                  - name: FallbackClassifier
                    threshold: 0.6
                    ambiguity_threshold: 0.05
                policies:
                  - name: TEDPolicy
                    max_history: 8
                  - name: MemoizationPolicy
                    max_history: 3
                  - name: RulePolicy
                    core_fallback_threshold: 0.4
                    core_fallback_action_name: action_my_fallback
                    restrict_rules: false
                """).config();

        assertThat(config.assistantId()).isEqualTo("demo");
        assertThat(config.language()).isEqualTo("de");
        assertThat(config.fallbackClassifier()).isTrue();
        assertThat(config.nluThreshold()).isEqualTo(0.6);
        assertThat(config.ambiguityThreshold()).isEqualTo(0.05);
        assertThat(config.maxHistory()).isEqualTo(3);
        assertThat(config.coreFallbackThreshold()).isEqualTo(0.4);
        assertThat(config.coreFallbackAction()).isEqualTo("action_my_fallback");
        assertThat(config.restrictRules()).isFalse();
        assertThat(config.pipeline()).containsExactly("WhitespaceTokenizer", "FallbackClassifier");
    }

    @Test
    void config_defaults() throws IOException {
        BotConfig config = load("config.yml", """
                assistant_id: demo
                policies:
                  - name: TEDPolicy
                    max_history: 8
                """).config();

        assertThat(config.fallbackClassifier()).isFalse();
        assertThat(config.nluThreshold()).isEqualTo(0.3);
        assertThat(config.ambiguityThreshold()).isEqualTo(0.1);
        assertThat(config.maxHistory()).isEqualTo(8);
        assertThat(config.coreFallbackThreshold()).isEqualTo(0.3);
        assertThat(config.coreFallbackAction()).isEqualTo("action_default_fallback");
        assertThat(config.restrictRules()).isTrue();
        assertThat(config.language()).isEqualTo("en");
    }

    @Test
    void config_that_is_not_a_mapping_is_rejected() {
        assertThatThrownBy(() -> load("config.yml", "- name: RulePolicy\n"))
                .isInstanceOf(ProjectLoadException.class)
                .hasMessageContaining("config.yml:1")
                .hasMessageContaining("must be a mapping");
    }

    @Test
    void missing_settings_files_give_defaults() throws IOException {
        Files.writeString(root.resolve("domain.yml"), "intents: [greet]\n");

        RasaProject project = new ProjectLoader().load(root);

        assertThat(project.config()).isEqualTo(BotConfig.DEFAULT);
        assertThat(project.endpoints().entries()).isEmpty();
        assertThat(project.credentials().channels()).isEmpty();
        assertThat(project.nlu().examples()).isEmpty();
    }

    @Test
    void project_without_domain_warns() {
        RasaProject project = new ProjectLoader().load(root);

        assertThat(project.domain().intents()).isEmpty();
        assertThat(project.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.key()).isEqualTo("domain"));
    }

    @Test
    void endpoints_entries() throws IOException {
        Endpoints endpoints = load("endpoints.yml", """
                action_endpoint:
                  url: "http://localhost:5055/webhook"
                  token: ${ACTION_TOKEN}
                  token_name: auth
                  headers: {X-Env: dev}
                  basic_auth: {username: u, password: p}
                  cafile: /certs/ca.pem
                  enable_selective_domain: true
                tracker_store:
                  store_type: redis
                  url: localhost
                  port: 6379
                lock_store:
                """).endpoints();

        EndpointConfig action = endpoints.actionEndpoint().orElseThrow();
        assertThat(action.url()).isEqualTo("http://localhost:5055/webhook");
        assertThat(action.token()).isEqualTo("s3cret");
        assertThat(action.tokenName()).isEqualTo("auth");
        assertThat(action.headers()).containsEntry("X-Env", "dev");
        assertThat(action.basicAuthUser()).isEqualTo("u");
        assertThat(action.basicAuthPassword()).isEqualTo("p");
        assertThat(action.timeoutSeconds()).isEqualTo(300);
        assertThat(action.enableSelectiveDomain()).isTrue();
        assertThat(action.settings()).containsEntry("cafile", "/certs/ca.pem");
        EndpointConfig tracker = endpoints.entries().get("tracker_store");
        assertThat(tracker.type()).isEqualTo("redis");
        assertThat(tracker.settings()).containsEntry("port", 6379L);
        assertThat(endpoints.entries()).doesNotContainKey("lock_store");
    }

    @Test
    void unsupported_endpoint_is_a_warning() throws IOException {
        RasaProject project = load("endpoints.yml", """
                event_broker:
                  type: pika
                  url: localhost
                """);

        assertThat(project.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.file()).endsWith("endpoints.yml");
            assertThat(warning.line()).isEqualTo(1);
            assertThat(warning.key()).isEqualTo("event_broker");
        });
    }

    @Test
    void unset_token_variable_is_rejected() {
        assertThatThrownBy(() -> load("endpoints.yml", """
                action_endpoint:
                  url: "http://localhost:5055/webhook"
                  token: ${MISSING_TOKEN}
                """))
                .isInstanceOfSatisfying(ProjectLoadException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.key()).isEqualTo("token");
                })
                .hasMessageContaining("endpoints.yml:3")
                .hasMessageContaining("MISSING_TOKEN");
    }

    @Test
    void credentials_channels() throws IOException {
        Credentials credentials = load("credentials.yml", """
                rest:
                socketio:
                  user_message_evt: user_uttered
                  bot_message_evt: bot_uttered
                  session_persistence: true
                  metadata_key: customData
                """).credentials();

        assertThat(credentials.channel("rest").orElseThrow().isObject()).isTrue();
        assertThat(credentials.channel("rest").orElseThrow().isEmpty()).isTrue();
        assertThat(credentials.channel("socketio").orElseThrow()
                .get("session_persistence").asBoolean()).isTrue();
        assertThat(credentials.channel("socketio").orElseThrow().get("metadata_key").asText())
                .isEqualTo("customData");
    }
}
