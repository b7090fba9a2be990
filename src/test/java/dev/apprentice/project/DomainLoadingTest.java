package dev.apprentice.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apprentice.domain.Domain;
import dev.apprentice.domain.MappingCondition;
import dev.apprentice.domain.SlotMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainLoadingTest {

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    private Domain load(String yaml) throws IOException {
        return new ProjectLoader().loadDomain(write("domain.yml", yaml));
    }

    @Test
    void intents_with_properties() throws IOException {
        Domain domain = load("""
                intents:
                  - greet
                  - inform:
                      use_entities: [cuisine]
                  - chitchat:
                      use_entities: []
                  - deny:
                      ignore_entities: [cuisine]
                  - affirm:
                      use_entities: true
                """);

        assertThat(domain.intentNames()).containsExactly(
                "greet", "inform", "chitchat", "deny", "affirm");
        assertThat(domain.intent("inform").orElseThrow().useEntities()).containsExactly("cuisine");
        assertThat(domain.intent("chitchat").orElseThrow().useEntities()).isEmpty();
        assertThat(domain.intent("affirm").orElseThrow().useEntities()).isNull();
        assertThat(domain.intent("deny").orElseThrow().usesEntity("cuisine")).isFalse();
    }

    @Test
    void domain_json_sorts_intents_and_fills_defaults() throws IOException {
        Domain domain = load("""
                intents:
                  - greet
                  - chitchat:
                      use_entities:
                  - affirm
                responses:
                  utter_greet:
                  - text: hi
                """);

        var json = domain.json();
        assertThat(json.get("version").asText()).isEqualTo("3.1");
        assertThat(json.get("intents").toString())
                .isEqualTo("[\"affirm\",{\"chitchat\":{\"use_entities\":[]}},\"greet\"]");
        assertThat(json.get("session_config").toString()).isEqualTo(
                "{\"session_expiration_time\":60,\"carry_over_slots_to_new_session\":true}");
        assertThat(json.has("config")).isFalse();
        assertThat(json.has("slots")).isFalse();
        assertThat(json.has("forms")).isFalse();
    }

    @Test
    void store_entities_as_slots_false_appears_in_json() throws IOException {
        Domain domain = load("""
                config:
                  store_entities_as_slots: false
                """);

        assertThat(domain.storeEntitiesAsSlots()).isFalse();
        assertThat(domain.json().get("config").toString())
                .isEqualTo("{\"store_entities_as_slots\":false}");
    }

    @Test
    void slot_mapping_with_conditions() throws IOException {
        Domain domain = load("""
                forms:
                  restaurant_form:
                    required_slots: [outdoor_seating]
                slots:
                  outdoor_seating:
                    type: text
                    influence_conversation: false
                    mappings:
                    - type: from_intent
                      intent: affirm
                      value: true
                      conditions:
                      - active_loop: restaurant_form
                        requested_slot: outdoor_seating
                """);

        SlotMapping mapping = domain.slot("outdoor_seating").orElseThrow().mappings().get(0);
        assertThat(mapping.type()).isEqualTo("from_intent");
        assertThat(mapping.intents()).containsExactly("affirm");
        assertThat(mapping.value().asBoolean()).isTrue();
        assertThat(mapping.conditions()).containsExactly(
                new MappingCondition("restaurant_form", "outdoor_seating"));
        assertThat(domain.slot("requested_slot").orElseThrow().influenceConversation()).isFalse();
        assertThat(domain.slot("session_started_metadata").orElseThrow().type()).isEqualTo("any");
    }

    @Test
    void slot_influence_defaults() throws IOException {
        Domain domain = load("""
                slots:
                  name:
                    type: text
                    mappings: [{type: from_text}]
                  blob:
                    type: any
                    mappings: [{type: custom, action: action_blob}]
                """);

        assertThat(domain.slot("name").orElseThrow().influenceConversation()).isTrue();
        assertThat(domain.slot("blob").orElseThrow().influenceConversation()).isFalse();
        assertThat(domain.slot("blob").orElseThrow().mappings().get(0).action())
                .isEqualTo("action_blob");
        assertThat(domain.slot("requested_slot")).isEmpty();
    }

    @Test
    void slot_without_mappings_is_a_warning() throws IOException {
        LoadWarnings warnings = new LoadWarnings();
        Path file = write("domain.yml", """
                slots:
                  name:
                    type: text
                """);

        new ProjectLoader().readDomain(file, warnings);

        assertThat(warnings.list()).singleElement()
                .satisfies(warning -> {
                    assertThat(warning.line()).isEqualTo(3);
                    assertThat(warning.message()).contains("mappings");
                });
    }

    @Test
    void knowledge_base_action_adds_default_slots() throws IOException {
        Domain domain = load("""
                actions:
                  - action_query_knowledge_base
                  - action_hello: {send_domain: true}
                """);

        assertThat(domain.slots()).containsKeys("knowledge_base_listed_objects",
                "knowledge_base_last_object", "knowledge_base_last_object_type");
        assertThat(domain.actions())
                .containsExactly("action_query_knowledge_base", "action_hello");
        assertThat(domain.sendDomainActions()).containsExactly("action_hello");
    }

    @Test
    void response_variations_keep_channel_and_condition() throws IOException {
        Domain domain = load("""
                responses:
                  utter_greet:
                  - text: "Hey {name}!"
                    channel: socketio
                    condition:
                    - type: slot
                      name: logged_in
                      value: true
                  - text: Hello!
                    buttons:
                    - title: great
                      payload: /mood_great
                """);

        var variations = domain.responses().get("utter_greet");
        assertThat(variations).hasSize(2);
        assertThat(variations.get(0).channel()).isEqualTo("socketio");
        assertThat(variations.get(0).conditions().get(0).slot()).isEqualTo("logged_in");
        assertThat(variations.get(0).conditions().get(0).value().asBoolean()).isTrue();
        assertThat(variations.get(1).content().get("buttons").get(0).get("payload").asText())
                .isEqualTo("/mood_great");
    }

    @Test
    void response_without_content_key_is_rejected() {
        assertThatThrownBy(() -> load("""
                responses:
                  utter_greet:
                    - super: cool
                """))
                .isInstanceOf(ProjectLoadException.class)
                .hasMessageContaining("domain.yml:3")
                .hasMessageContaining("utter_greet");
    }

    @Test
    void yaml_one_point_two_keeps_yes_as_text() throws IOException {
        Domain domain = load("""
                slots:
                  answer:
                    type: categorical
                    values: [yes, no, on]
                    mappings: [{type: from_text}]
                """);

        assertThat(domain.slot("answer").orElseThrow().values())
                .containsExactly("yes", "no", "on");
    }

    @Test
    void legacy_form_mapping_is_a_warning() throws IOException {
        LoadWarnings warnings = new LoadWarnings();
        Path file = write("domain.yml", """
                forms:
                  my_form:
                    required_slots:
                      cuisine:
                      - type: from_entity
                        entity: cuisine
                """);

        Domain domain = new ProjectLoader().readDomain(file, warnings);

        assertThat(domain.form("my_form").orElseThrow().requiredSlots())
                .containsExactly("cuisine");
        assertThat(warnings.list()).extracting(LoadWarning::key).contains("required_slots");
    }

    @Test
    void directory_merges_files_and_reports_duplicates() throws IOException {
        write("domain/a.yml", """
                intents: [greet]
                responses:
                  utter_greet:
                  - text: first
                """);
        write("domain/sub/b.yml", """
                intents: [greet, bye]
                responses:
                  utter_greet:
                  - text: second
                """);
        LoadWarnings warnings = new LoadWarnings();

        Domain domain = new ProjectLoader().readDomain(dir.resolve("domain"), warnings);

        assertThat(domain.intentNames()).containsExactly("greet", "bye");
        assertThat(domain.responses().get("utter_greet").get(0).content().get("text").asText())
                .isEqualTo("first");
        assertThat(warnings.list()).extracting(LoadWarning::key)
                .containsExactly("intents", "responses");
        assertThat(warnings.list().get(0).file()).endsWith("b.yml");
    }

    @Test
    void environment_variables_are_expanded() throws IOException {
        Path file = write("domain.yml", """
                responses:
                  utter_url:
                  - text: "see ${SITE}/help"
                """);

        Domain domain = new ProjectLoader(Map.of("SITE", "https://example.org")::get)
                .loadDomain(file);

        assertThat(domain.responses().get("utter_url").get(0).content().get("text").asText())
                .isEqualTo("see https://example.org/help");
    }

    @Test
    void unset_environment_variable_is_rejected() throws IOException {
        Path file = write("domain.yml", """
                responses:
                  utter_url:
                  - text: "see ${NOT_SET_ANYWHERE}"
                """);

        assertThatThrownBy(() -> new ProjectLoader(name -> null).loadDomain(file))
                .isInstanceOf(ProjectLoadException.class)
                .hasMessageContaining("domain.yml:3")
                .hasMessageContaining("(text)")
                .hasMessageContaining("NOT_SET_ANYWHERE");
    }
}
