package dev.apprentice.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken project files that users wrote in the field: each must fail or warn at its line. */
class BrokenInputTest {

    @TempDir
    Path root;

    private Path writeDomain(String yaml) throws IOException {
        Path file = root.resolve("domain.yml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void quoted_entity_name_is_a_warning_without_entity() throws IOException {
        Files.createDirectories(root.resolve("data"));
        writeDomain("intents: [check_balance]\nentities: [account]\n");
        Files.writeString(root.resolve("data/nlu.yml"), """
                nlu:
                - intent: check_balance
                  examples: |
                    - how much is on my [savings]("account") account
                """);

        RasaProject project = new ProjectLoader().load(root);

        assertThat(project.nlu().examples().get(0).entities()).isEmpty();
        assertThat(project.nlu().examples().get(0).text())
                .isEqualTo("how much is on my savings account");
        assertThat(project.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.file()).endsWith("nlu.yml");
            assertThat(warning.line()).isEqualTo(4);
            assertThat(warning.key()).isEqualTo("examples");
            assertThat(warning.message())
                    .contains("how much is on my [savings](\"account\") account")
                    .contains("quotes");
        });
    }

    @Test
    void unescaped_quote_in_response_is_a_syntax_error() throws IOException {
        Path file = writeDomain("""
                responses:
                  utter_answer:
                  - text: "You typed "mango" wrong"
                """);

        assertThatThrownBy(() -> new ProjectLoader().loadDomain(file))
                .isInstanceOf(ProjectLoadException.class)
                .satisfies(error -> {
                    ProjectLoadException e = (ProjectLoadException) error;
                    assertThat(e.file()).endsWith("domain.yml");
                    assertThat(e.line()).isEqualTo(3);
                })
                .hasMessageContaining("domain.yml:3")
                .hasMessageContaining("column")
                .hasMessageContaining("invalid YAML");
    }

    @Test
    void duplicate_response_key_is_rejected() throws IOException {
        Path file = writeDomain("""
                responses:
                  utter_greet:
                  - text: "Hello"
                  utter_greet:
                  - text: "Hi there"
                """);

        assertThatThrownBy(() -> new ProjectLoader().loadDomain(file))
                .isInstanceOfSatisfying(ProjectLoadException.class, e -> {
                    assertThat(e.file()).endsWith("domain.yml");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.key()).isEqualTo("utter_greet");
                })
                .hasMessageContaining("duplicate key 'utter_greet'");
    }

    @Test
    void broken_domain_fails_the_whole_project() throws IOException {
        writeDomain("""
                responses:
                  utter_greet:
                  - text: "Hello"
                  utter_greet:
                  - text: "Hi there"
                """);

        assertThatThrownBy(() -> new ProjectLoader().load(root))
                .isInstanceOf(ProjectLoadException.class)
                .hasMessageContaining("domain.yml:4 (utter_greet)");
    }

    @Test
    void intent_with_empty_mapping_is_rejected() throws IOException {
        Path file = writeDomain("""
                intents:
                  - greet:
                  - goodbye
                """);

        assertThatThrownBy(() -> new ProjectLoader().loadDomain(file))
                .isInstanceOfSatisfying(ProjectLoadException.class, e -> {
                    assertThat(e.file()).endsWith("domain.yml");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.key()).isEqualTo("greet");
                })
                .hasMessageContaining("intent 'greet' has empty properties");
    }

    @Test
    void entity_with_empty_mapping_is_rejected() throws IOException {
        Path file = writeDomain("""
                intents:
                  - goodbye
                entities:
                  - city:
                """);

        assertThatThrownBy(() -> new ProjectLoader().loadDomain(file))
                .isInstanceOfSatisfying(ProjectLoadException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.key()).isEqualTo("city");
                })
                .hasMessageContaining("domain.yml:4")
                .hasMessageContaining("entity 'city' has empty properties");
    }

    @Test
    void intent_with_properties_stays_valid() throws IOException {
        Path file = writeDomain("""
                intents:
                  - greet: {use_entities: true}
                  - goodbye
                """);

        assertThat(new ProjectLoader().loadDomain(file).intentNames())
                .containsExactly("greet", "goodbye");
    }
}
